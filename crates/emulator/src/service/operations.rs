//! The `google.longrunning.Operations` mixin and the operations the emulator creates.

#[allow(unused_imports)]
use super::*;

impl Core {
    // ----- Operations -----

    pub(crate) fn create_operation(
        &self,
        parent: &str,
        metadata: Option<Any>,
    ) -> Result<Operation, ApiError> {
        let parent = names::parse_parent("parent", parent)?;
        let id = self.new_id('o');
        let name = format!("{}/operations/{id}", parent.to_name());
        let op = Operation {
            name: name.clone(),
            metadata,
            done: false,
            result: None,
        };
        let (mut state, _) = self.lock();
        let seq = state.next_seq();
        state.operations.insert(seq, op.clone());
        state.operation_index.insert(name, seq);
        Ok(op)
    }

    pub(crate) fn finish_operation(
        &self,
        name: &str,
        result: Result<Any, rpc::Status>,
    ) -> Result<Operation, ApiError> {
        let (mut state, _) = self.lock();
        let seq = *state
            .operation_index
            .get(name)
            .ok_or_else(|| ApiError::not_found("operation", name))?;
        let op = state
            .operations
            .get_mut(&seq)
            .ok_or_else(|| ApiError::not_found("operation", name))?;
        op.done = true;
        op.result = Some(match result {
            Ok(any) => operation::Result::Response(any),
            Err(status) => operation::Result::Error(status),
        });
        Ok(op.clone())
    }
}

impl OperationsService for Core {
    fn list_operations(
        &self,
        req: ListOperationsRequest,
    ) -> Result<ListOperationsResponse, ApiError> {
        let parent = names::parse_parent("name", &req.name)?.to_name();
        let filter = match req.filter.replace(' ', "").as_str() {
            "" => None,
            "done=true" => Some(true),
            "done=false" => Some(false),
            _ => {
                return Err(ApiError::invalid(
                    "filter",
                    format!(
                        "the emulator understands only `done=true` and `done=false`, got {:?}",
                        req.filter
                    ),
                ));
            }
        };
        let size = window::<ListOperationsRequest>("page_size", req.page_size);
        let (state, _) = self.lock();
        let fp = tokens::query_fingerprint(&format!("operations:{parent}"), &req.filter);
        let after = tokens::decode(state.secret, fp, &req.page_token)?.unwrap_or(0);
        let prefix = format!("{parent}/operations/");
        let mut operations = Vec::new();
        let mut last = 0;
        let mut next_page_token = String::new();
        for (seq, op) in state
            .operations
            .range(after.saturating_add(1)..)
            .filter(|(_, op)| op.name.starts_with(&prefix))
            .filter(|(_, op)| filter.is_none_or(|d| op.done == d))
        {
            if operations.len() == size {
                next_page_token = tokens::encode(state.secret, fp, last);
                break;
            }
            operations.push(op.clone());
            last = *seq;
        }
        Ok(ListOperationsResponse {
            operations,
            next_page_token,
            unreachable: Vec::new(),
        })
    }

    fn get_operation(&self, req: GetOperationRequest) -> Result<Operation, ApiError> {
        names::parse_child("name", &req.name, "operations")?;
        let (state, _) = self.lock();
        state
            .operation_index
            .get(&req.name)
            .and_then(|seq| state.operations.get(seq))
            .cloned()
            .ok_or_else(|| ApiError::not_found("operation", &req.name))
    }

    fn cancel_operation(&self, req: CancelOperationRequest) -> Result<Empty, ApiError> {
        names::parse_child("name", &req.name, "operations")?;
        let (mut state, _) = self.lock();
        let seq = *state
            .operation_index
            .get(&req.name)
            .ok_or_else(|| ApiError::not_found("operation", &req.name))?;
        if let Some(op) = state.operations.get_mut(&seq)
            && !op.done
        {
            op.done = true;
            op.result = Some(operation::Result::Error(rpc::Status {
                code: Code::Cancelled as i32,
                message: "the operation was cancelled".into(),
                details: Vec::new(),
            }));
        }
        Ok(Empty {})
    }
}
