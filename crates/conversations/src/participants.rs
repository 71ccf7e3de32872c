//! What the Participants client adds to its generated surface: the `AnalyzeContent` that
//! makes its POST safe to retry.

use dialogflow_runtime::retry;
use dialogflow_runtime::{Error, RequestOptions};
use dialogflow_transport::Rpc;
use dialogflow_types::v2::{AnalyzeContentRequest, AnalyzeContentResponse};

use crate::ParticipantsClient;

impl ParticipantsClient {
    /// `AnalyzeContent` under the policy layer, with a request id that makes it safe to retry.
    ///
    /// The call adds a message to the conversation, so a blind retry of an attempt that the
    /// service did carry out would add it twice. The service answers a repeated `request_id`
    /// with the first answer, adding nothing: when retries are on and the caller set no id,
    /// the client sets one (unless the connection turned generated ids off), the same for
    /// every attempt, and the call is then as safe to repeat as a GET. With an id, set by the
    /// caller or here, a retry strategy may retry any failure it retries for idempotent RPCs.
    pub(crate) async fn send_analyze_content(
        &self,
        mut request: AnalyzeContentRequest,
        options: RequestOptions,
    ) -> Result<AnalyzeContentResponse, Error> {
        let core = self.core();
        let policy = core.policy(Rpc::AnalyzeContent, &options);
        if request.request_id.is_empty()
            && policy.retries_enabled()
            && core.connection().generated_ids()
        {
            // Any unique text is a valid request id; the conversation id generator gives one.
            request.request_id = retry::new_conversation_id();
        }
        let rpc = Rpc::AnalyzeContent
            .info()
            .with_idempotent(!request.request_id.is_empty());
        core.call(rpc, policy, request, &options, |t, r, o| async move {
            t.as_ref().analyze_content(r, &o).await
        })
        .await
    }
}
