//! The `ConversationProfiles` service: profiles stored and validated as the API documents them,
//! and the two long-running operations that change their suggestion features.
//!
//! `SetSuggestionFeatureConfig` and `ClearSuggestionFeatureConfig` create a real operation
//! (under the profile's project or location) that finishes [`Core::operation_delay`] after it
//! started, on the emulator's clock: [`Core::lock`] completes every due operation before any
//! RPC reads the state, so advancing the test clock completes them too. The change reaches the
//! stored profile only when the operation completes; a cancelled operation changes nothing.

use dialogflow_types::protobuf::{FieldMask, Timestamp};
use dialogflow_types::v2::human_agent_assistant_config::{
    SuggestionConfig, SuggestionFeatureConfig,
};
use dialogflow_types::v2::suggestion_feature::Type as FeatureType;
use dialogflow_types::v2::{
    ClearSuggestionFeatureConfigOperationMetadata, ClearSuggestionFeatureConfigRequest,
    ConversationProfile, CreateConversationProfileRequest, DeleteConversationProfileRequest,
    GetConversationProfileRequest, HumanAgentAssistantConfig, ListConversationProfilesRequest,
    ListConversationProfilesResponse, SetSuggestionFeatureConfigOperationMetadata,
    SetSuggestionFeatureConfigRequest, UpdateConversationProfileRequest,
};
use prost::Name;

#[allow(unused_imports)]
use super::*;
use crate::state::{PendingChange, PendingProfileOperation};

/// The fields of `ConversationProfile` an update mask may name (the output-only ones,
/// `name`, `create_time` and `update_time`, are not among them).
const UPDATABLE: &[&str] = &[
    "display_name",
    "automated_agent_config",
    "human_agent_assistant_config",
    "human_agent_handoff_config",
    "notification_config",
    "logging_config",
    "new_message_event_notification_config",
    "new_recognition_result_notification_config",
    "stt_config",
    "language_code",
    "time_zone",
    "security_settings",
    "tts_config",
];

/// Checks a profile as the API documents it: a display name, and suggestion features that
/// fit the participant role they are configured for. `field` prefixes the field names.
fn validate(profile: &ConversationProfile, field: &str) -> Result<(), ApiError> {
    if profile.display_name.trim().is_empty() {
        return Err(ApiError::required(&format!("{field}.display_name")));
    }
    if let Some(assistant) = &profile.human_agent_assistant_config {
        let configs = [
            (
                "human_agent_suggestion_config",
                Role::HumanAgent,
                &assistant.human_agent_suggestion_config,
            ),
            (
                "end_user_suggestion_config",
                Role::EndUser,
                &assistant.end_user_suggestion_config,
            ),
        ];
        for (name, role, config) in configs {
            let Some(config) = config else { continue };
            for (i, feature) in config.feature_configs.iter().enumerate() {
                let at = format!(
                    "{field}.human_agent_assistant_config.{name}.feature_configs[{i}].suggestion_feature.type"
                );
                check_feature(&at, role, feature_type(feature))?;
            }
        }
    }
    Ok(())
}

fn feature_type(config: &SuggestionFeatureConfig) -> i32 {
    config.suggestion_feature.as_ref().map_or(0, |f| f.r#type)
}

/// A suggestion feature must be named, and the summarization and knowledge-search features
/// serve the human agent only.
fn check_feature(field: &str, role: Role, feature: i32) -> Result<(), ApiError> {
    match FeatureType::try_from(feature) {
        Ok(FeatureType::Unspecified) => Err(ApiError::required(field)),
        Err(_) => Err(ApiError::invalid(
            field,
            format!("{feature} is not a suggestion feature type"),
        )),
        Ok(
            t @ (FeatureType::ConversationSummarization
            | FeatureType::KnowledgeSearch
            | FeatureType::KnowledgeAssist),
        ) if role != Role::HumanAgent => Err(ApiError::invalid(
            field,
            format!(
                "{} is available to the HUMAN_AGENT participant role only, not {}",
                t.as_str_name(),
                role.as_str_name()
            ),
        )),
        Ok(_) => Ok(()),
    }
}

/// The role of a Set/Clear request: HUMAN_AGENT or END_USER, the two that have suggestions.
fn suggestion_role(role: i32) -> Result<Role, ApiError> {
    match Role::try_from(role) {
        Ok(r @ (Role::HumanAgent | Role::EndUser)) => Ok(r),
        _ => Err(ApiError::invalid(
            "participant_role",
            format!("must be HUMAN_AGENT or END_USER, got {role}"),
        )),
    }
}

/// The suggestion config of `role` in a profile, made if missing.
fn config_of(profile: &mut ConversationProfile, role: Role) -> &mut SuggestionConfig {
    let assistant = profile
        .human_agent_assistant_config
        .get_or_insert_with(HumanAgentAssistantConfig::default);
    let slot = if role == Role::HumanAgent {
        &mut assistant.human_agent_suggestion_config
    } else {
        &mut assistant.end_user_suggestion_config
    };
    slot.get_or_insert_with(SuggestionConfig::default)
}

/// Applies a finished operation's change to a profile.
pub(crate) fn apply_profile_change(profile: &mut ConversationProfile, change: &PendingChange) {
    match change {
        PendingChange::Set { role, config } => {
            let role = Role::try_from(*role).unwrap_or(Role::HumanAgent);
            let configs = &mut config_of(profile, role).feature_configs;
            let kind = feature_type(config);
            match configs.iter_mut().find(|c| feature_type(c) == kind) {
                Some(existing) => *existing = config.clone(),
                None => configs.push(config.clone()),
            }
        }
        PendingChange::Clear { role, feature } => {
            let role = Role::try_from(*role).unwrap_or(Role::HumanAgent);
            config_of(profile, role)
                .feature_configs
                .retain(|c| feature_type(c) != *feature);
        }
    }
}

/// Copies the masked paths of `from` into `to` (proto3 JSON, dotted paths through messages).
fn merge_masked(
    to: &ConversationProfile,
    from: &ConversationProfile,
    mask: &FieldMask,
) -> Result<ConversationProfile, ApiError> {
    let mut target = serde_json::to_value(to).map_err(internal)?;
    let source = serde_json::to_value(from).map_err(internal)?;
    for path in &mask.paths {
        let first = path.split('.').next().unwrap_or("");
        if !UPDATABLE.contains(&first) {
            return Err(ApiError::invalid(
                "update_mask",
                format!("`{path}` is not an updatable field of ConversationProfile"),
            ));
        }
        let keys: Vec<String> = path.split('.').map(lower_camel).collect();
        let value = keys.iter().try_fold(&source, |v, k| v.get(k)).cloned();
        let mut slot = &mut target;
        for key in &keys[..keys.len() - 1] {
            let object = slot
                .as_object_mut()
                .ok_or_else(|| ApiError::invalid("update_mask", format!("`{path}`")))?;
            slot = object
                .entry(key.clone())
                .or_insert_with(|| serde_json::json!({}));
        }
        let object = slot
            .as_object_mut()
            .ok_or_else(|| ApiError::invalid("update_mask", format!("`{path}`")))?;
        let last = &keys[keys.len() - 1];
        match value {
            Some(v) => object.insert(last.clone(), v),
            None => object.remove(last),
        };
    }
    serde_json::from_value(target).map_err(|e| {
        ApiError::invalid(
            "update_mask",
            format!("the masked fields do not form a profile: {e}"),
        )
    })
}

fn lower_camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn internal(e: serde_json::Error) -> ApiError {
    ApiError::new(Code::Internal, format!("profile JSON: {e}"))
}

fn pack<T: prost::Message + Name>(message: &T) -> Any {
    Any {
        type_url: T::type_url(),
        value: message.encode_to_vec(),
    }
}

impl Core {
    /// Starts a Set/Clear operation on `profile_name`: checks the profile exists and records
    /// the change to apply when the operation completes.
    fn start_profile_operation(
        &self,
        profile_name: &str,
        metadata: Any,
        change: PendingChange,
    ) -> Result<Operation, ApiError> {
        let (parent, _) =
            names::parse_child("conversation_profile", profile_name, "conversationProfiles")?;
        if self.lock().0.profile(profile_name).is_none() {
            return Err(ApiError::not_found("conversation profile", profile_name));
        }
        let op = self.create_operation(&parent.to_name(), Some(metadata))?;
        let (mut state, now) = self.lock();
        let due = now.saturating_add(self.operation_delay_micros());
        state.pending_profile_operations.insert(
            op.name.clone(),
            PendingProfileOperation {
                profile: profile_name.to_string(),
                due_micros: due,
                change,
            },
        );
        Ok(op)
    }

    fn now_timestamp(&self) -> Timestamp {
        timestamp_of_micros(self.clock.now_micros())
    }
}

impl ConversationProfilesService for Core {
    fn list_conversation_profiles(
        &self,
        req: ListConversationProfilesRequest,
    ) -> Result<ListConversationProfilesResponse, ApiError> {
        let parent = names::parse_parent("parent", &req.parent)?.to_name();
        let size = window::<ListConversationProfilesRequest>("page_size", req.page_size);
        let (state, _) = self.lock();
        let fp = tokens::query_fingerprint(&format!("conversationProfiles:{parent}"), "");
        let after = tokens::decode(state.secret, fp, &req.page_token)?.unwrap_or(0);
        let prefix = format!("{parent}/conversationProfiles/");
        let mut conversation_profiles = Vec::new();
        let mut next_page_token = String::new();
        let mut last = 0;
        for (seq, profile) in state
            .profile_records
            .range(after.saturating_add(1)..)
            .filter(|(_, p)| p.name.starts_with(&prefix))
        {
            if conversation_profiles.len() == size {
                next_page_token = tokens::encode(state.secret, fp, last);
                break;
            }
            conversation_profiles.push(profile.clone());
            last = *seq;
        }
        Ok(ListConversationProfilesResponse {
            conversation_profiles,
            next_page_token,
        })
    }

    fn get_conversation_profile(
        &self,
        req: GetConversationProfileRequest,
    ) -> Result<ConversationProfile, ApiError> {
        names::check_profile("name", &req.name)?;
        self.lock()
            .0
            .profile(&req.name)
            .cloned()
            .ok_or_else(|| ApiError::not_found("conversation profile", &req.name))
    }

    fn create_conversation_profile(
        &self,
        req: CreateConversationProfileRequest,
    ) -> Result<ConversationProfile, ApiError> {
        let parent = names::parse_parent("parent", &req.parent)?.to_name();
        let mut profile = req
            .conversation_profile
            .ok_or_else(|| ApiError::required("conversation_profile"))?;
        validate(&profile, "conversation_profile")?;
        let now = self.now_timestamp();
        profile.name = format!("{parent}/conversationProfiles/{}", self.new_id('p'));
        profile.create_time = Some(now);
        profile.update_time = Some(now);
        self.lock().0.put_profile(profile.clone());
        Ok(profile)
    }

    fn update_conversation_profile(
        &self,
        req: UpdateConversationProfileRequest,
    ) -> Result<ConversationProfile, ApiError> {
        let update = req
            .conversation_profile
            .ok_or_else(|| ApiError::required("conversation_profile"))?;
        names::check_profile("conversation_profile.name", &update.name)?;
        let mask = req
            .update_mask
            .filter(|m| !m.paths.is_empty())
            .ok_or_else(|| ApiError::required("update_mask"))?;
        let now = self.now_timestamp();
        let (mut state, _) = self.lock();
        let current = state
            .profile(&update.name)
            .ok_or_else(|| ApiError::not_found("conversation profile", &update.name))?;
        let mut merged = merge_masked(current, &update, &mask)?;
        validate(&merged, "conversation_profile")?;
        merged.update_time = Some(now);
        state.put_profile(merged.clone());
        Ok(merged)
    }

    fn delete_conversation_profile(
        &self,
        req: DeleteConversationProfileRequest,
    ) -> Result<Empty, ApiError> {
        names::check_profile("name", &req.name)?;
        if self.lock().0.remove_profile(&req.name) {
            Ok(Empty {})
        } else {
            Err(ApiError::not_found("conversation profile", &req.name))
        }
    }

    fn set_suggestion_feature_config(
        &self,
        req: SetSuggestionFeatureConfigRequest,
    ) -> Result<Operation, ApiError> {
        let role = suggestion_role(req.participant_role)?;
        let config = req
            .suggestion_feature_config
            .ok_or_else(|| ApiError::required("suggestion_feature_config"))?;
        let feature = feature_type(&config);
        check_feature(
            "suggestion_feature_config.suggestion_feature.type",
            role,
            feature,
        )?;
        let metadata = SetSuggestionFeatureConfigOperationMetadata {
            conversation_profile: req.conversation_profile.clone(),
            participant_role: role as i32,
            suggestion_feature_type: feature,
            create_time: Some(self.now_timestamp()),
        };
        self.start_profile_operation(
            &req.conversation_profile,
            pack(&metadata),
            PendingChange::Set {
                role: role as i32,
                config,
            },
        )
    }

    fn clear_suggestion_feature_config(
        &self,
        req: ClearSuggestionFeatureConfigRequest,
    ) -> Result<Operation, ApiError> {
        let role = suggestion_role(req.participant_role)?;
        check_feature("suggestion_feature_type", role, req.suggestion_feature_type)?;
        let metadata = ClearSuggestionFeatureConfigOperationMetadata {
            conversation_profile: req.conversation_profile.clone(),
            participant_role: role as i32,
            suggestion_feature_type: req.suggestion_feature_type,
            create_time: Some(self.now_timestamp()),
        };
        self.start_profile_operation(
            &req.conversation_profile,
            pack(&metadata),
            PendingChange::Clear {
                role: role as i32,
                feature: req.suggestion_feature_type,
            },
        )
    }
}
