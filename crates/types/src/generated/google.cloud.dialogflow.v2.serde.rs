impl serde::Serialize for AgentCoachingContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.overarching_guidance.is_empty() {
            len += 1;
        }
        if !self.instructions.is_empty() {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        if !self.output_language_code.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AgentCoachingContext", len)?;
        if !self.overarching_guidance.is_empty() {
            struct_ser.serialize_field("overarchingGuidance", &self.overarching_guidance)?;
        }
        if !self.instructions.is_empty() {
            struct_ser.serialize_field("instructions", &self.instructions)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.output_language_code.is_empty() {
            struct_ser.serialize_field("outputLanguageCode", &self.output_language_code)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AgentCoachingContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "overarching_guidance",
            "overarchingGuidance",
            "instructions",
            "version",
            "output_language_code",
            "outputLanguageCode",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OverarchingGuidance,
            Instructions,
            Version,
            OutputLanguageCode,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "overarchingGuidance" | "overarching_guidance" => Ok(GeneratedField::OverarchingGuidance),
                            "instructions" => Ok(GeneratedField::Instructions),
                            "version" => Ok(GeneratedField::Version),
                            "outputLanguageCode" | "output_language_code" => Ok(GeneratedField::OutputLanguageCode),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AgentCoachingContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AgentCoachingContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AgentCoachingContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut overarching_guidance__ = None;
                let mut instructions__ = None;
                let mut version__ = None;
                let mut output_language_code__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OverarchingGuidance => {
                            if overarching_guidance__.is_some() {
                                return Err(serde::de::Error::duplicate_field("overarchingGuidance"));
                            }
                            overarching_guidance__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Instructions => {
                            if instructions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("instructions"));
                            }
                            instructions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputLanguageCode => {
                            if output_language_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputLanguageCode"));
                            }
                            output_language_code__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(AgentCoachingContext {
                    overarching_guidance: overarching_guidance__.unwrap_or_default(),
                    instructions: instructions__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    output_language_code: output_language_code__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AgentCoachingContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AgentCoachingInstruction {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.display_name.is_empty() {
            len += 1;
        }
        if !self.display_details.is_empty() {
            len += 1;
        }
        if !self.condition.is_empty() {
            len += 1;
        }
        if !self.agent_action.is_empty() {
            len += 1;
        }
        if !self.system_action.is_empty() {
            len += 1;
        }
        if self.duplicate_check_result.is_some() {
            len += 1;
        }
        if self.triggering_event != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AgentCoachingInstruction", len)?;
        if !self.display_name.is_empty() {
            struct_ser.serialize_field("displayName", &self.display_name)?;
        }
        if !self.display_details.is_empty() {
            struct_ser.serialize_field("displayDetails", &self.display_details)?;
        }
        if !self.condition.is_empty() {
            struct_ser.serialize_field("condition", &self.condition)?;
        }
        if !self.agent_action.is_empty() {
            struct_ser.serialize_field("agentAction", &self.agent_action)?;
        }
        if !self.system_action.is_empty() {
            struct_ser.serialize_field("systemAction", &self.system_action)?;
        }
        if let Some(v) = self.duplicate_check_result.as_ref() {
            struct_ser.serialize_field("duplicateCheckResult", v)?;
        }
        if self.triggering_event != 0 {
            let v = crate::json::OpenEnum::<agent_coaching_instruction::TriggerEvent>::from_number(self.triggering_event)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.triggering_event)))?;
            struct_ser.serialize_field("triggeringEvent", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AgentCoachingInstruction {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "display_name",
            "displayName",
            "display_details",
            "displayDetails",
            "condition",
            "agent_action",
            "agentAction",
            "system_action",
            "systemAction",
            "duplicate_check_result",
            "duplicateCheckResult",
            "triggering_event",
            "triggeringEvent",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DisplayName,
            DisplayDetails,
            Condition,
            AgentAction,
            SystemAction,
            DuplicateCheckResult,
            TriggeringEvent,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "displayName" | "display_name" => Ok(GeneratedField::DisplayName),
                            "displayDetails" | "display_details" => Ok(GeneratedField::DisplayDetails),
                            "condition" => Ok(GeneratedField::Condition),
                            "agentAction" | "agent_action" => Ok(GeneratedField::AgentAction),
                            "systemAction" | "system_action" => Ok(GeneratedField::SystemAction),
                            "duplicateCheckResult" | "duplicate_check_result" => Ok(GeneratedField::DuplicateCheckResult),
                            "triggeringEvent" | "triggering_event" => Ok(GeneratedField::TriggeringEvent),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AgentCoachingInstruction;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AgentCoachingInstruction")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AgentCoachingInstruction, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut display_name__ = None;
                let mut display_details__ = None;
                let mut condition__ = None;
                let mut agent_action__ = None;
                let mut system_action__ = None;
                let mut duplicate_check_result__ = None;
                let mut triggering_event__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DisplayName => {
                            if display_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("displayName"));
                            }
                            display_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DisplayDetails => {
                            if display_details__.is_some() {
                                return Err(serde::de::Error::duplicate_field("displayDetails"));
                            }
                            display_details__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Condition => {
                            if condition__.is_some() {
                                return Err(serde::de::Error::duplicate_field("condition"));
                            }
                            condition__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AgentAction => {
                            if agent_action__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentAction"));
                            }
                            agent_action__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SystemAction => {
                            if system_action__.is_some() {
                                return Err(serde::de::Error::duplicate_field("systemAction"));
                            }
                            system_action__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DuplicateCheckResult => {
                            if duplicate_check_result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("duplicateCheckResult"));
                            }
                            duplicate_check_result__ = map_.next_value()?;
                        }
                        GeneratedField::TriggeringEvent => {
                            if triggering_event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("triggeringEvent"));
                            }
                            triggering_event__ = Some(map_.next_value::<crate::json::OpenEnum<agent_coaching_instruction::TriggerEvent>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(AgentCoachingInstruction {
                    display_name: display_name__.unwrap_or_default(),
                    display_details: display_details__.unwrap_or_default(),
                    condition: condition__.unwrap_or_default(),
                    agent_action: agent_action__.unwrap_or_default(),
                    system_action: system_action__.unwrap_or_default(),
                    duplicate_check_result: duplicate_check_result__,
                    triggering_event: triggering_event__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AgentCoachingInstruction", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for agent_coaching_instruction::DuplicateCheckResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.duplicate_suggestions.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AgentCoachingInstruction.DuplicateCheckResult", len)?;
        if !self.duplicate_suggestions.is_empty() {
            struct_ser.serialize_field("duplicateSuggestions", &self.duplicate_suggestions)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for agent_coaching_instruction::DuplicateCheckResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "duplicate_suggestions",
            "duplicateSuggestions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DuplicateSuggestions,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "duplicateSuggestions" | "duplicate_suggestions" => Ok(GeneratedField::DuplicateSuggestions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = agent_coaching_instruction::DuplicateCheckResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AgentCoachingInstruction.DuplicateCheckResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<agent_coaching_instruction::DuplicateCheckResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut duplicate_suggestions__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DuplicateSuggestions => {
                            if duplicate_suggestions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("duplicateSuggestions"));
                            }
                            duplicate_suggestions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(agent_coaching_instruction::DuplicateCheckResult {
                    duplicate_suggestions: duplicate_suggestions__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AgentCoachingInstruction.DuplicateCheckResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for agent_coaching_instruction::duplicate_check_result::DuplicateSuggestion {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.answer_record.is_empty() {
            len += 1;
        }
        if self.suggestion_index != 0 {
            len += 1;
        }
        if self.similarity_score != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AgentCoachingInstruction.DuplicateCheckResult.DuplicateSuggestion", len)?;
        if !self.answer_record.is_empty() {
            struct_ser.serialize_field("answerRecord", &self.answer_record)?;
        }
        if self.suggestion_index != 0 {
            struct_ser.serialize_field("suggestionIndex", &self.suggestion_index)?;
        }
        if self.similarity_score != 0. {
            struct_ser.serialize_field("similarityScore", &self.similarity_score)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for agent_coaching_instruction::duplicate_check_result::DuplicateSuggestion {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "answer_record",
            "answerRecord",
            "suggestion_index",
            "suggestionIndex",
            "similarity_score",
            "similarityScore",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AnswerRecord,
            SuggestionIndex,
            SimilarityScore,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "answerRecord" | "answer_record" => Ok(GeneratedField::AnswerRecord),
                            "suggestionIndex" | "suggestion_index" => Ok(GeneratedField::SuggestionIndex),
                            "similarityScore" | "similarity_score" => Ok(GeneratedField::SimilarityScore),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = agent_coaching_instruction::duplicate_check_result::DuplicateSuggestion;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AgentCoachingInstruction.DuplicateCheckResult.DuplicateSuggestion")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<agent_coaching_instruction::duplicate_check_result::DuplicateSuggestion, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut answer_record__ = None;
                let mut suggestion_index__ = None;
                let mut similarity_score__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AnswerRecord => {
                            if answer_record__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answerRecord"));
                            }
                            answer_record__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SuggestionIndex => {
                            if suggestion_index__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suggestionIndex"));
                            }
                            suggestion_index__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::SimilarityScore => {
                            if similarity_score__.is_some() {
                                return Err(serde::de::Error::duplicate_field("similarityScore"));
                            }
                            similarity_score__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(agent_coaching_instruction::duplicate_check_result::DuplicateSuggestion {
                    answer_record: answer_record__.unwrap_or_default(),
                    suggestion_index: suggestion_index__.unwrap_or_default(),
                    similarity_score: similarity_score__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AgentCoachingInstruction.DuplicateCheckResult.DuplicateSuggestion", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for agent_coaching_instruction::TriggerEvent {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "TRIGGER_EVENT_UNSPECIFIED",
            Self::EndOfUtterance => "END_OF_UTTERANCE",
            Self::ManualCall => "MANUAL_CALL",
            Self::CustomerMessage => "CUSTOMER_MESSAGE",
            Self::AgentMessage => "AGENT_MESSAGE",
            Self::ToolCallCompletion => "TOOL_CALL_COMPLETION",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for agent_coaching_instruction::TriggerEvent {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "TRIGGER_EVENT_UNSPECIFIED",
            "END_OF_UTTERANCE",
            "MANUAL_CALL",
            "CUSTOMER_MESSAGE",
            "AGENT_MESSAGE",
            "TOOL_CALL_COMPLETION",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = agent_coaching_instruction::TriggerEvent;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "TRIGGER_EVENT_UNSPECIFIED" => Ok(agent_coaching_instruction::TriggerEvent::Unspecified),
                    "END_OF_UTTERANCE" => Ok(agent_coaching_instruction::TriggerEvent::EndOfUtterance),
                    "MANUAL_CALL" => Ok(agent_coaching_instruction::TriggerEvent::ManualCall),
                    "CUSTOMER_MESSAGE" => Ok(agent_coaching_instruction::TriggerEvent::CustomerMessage),
                    "AGENT_MESSAGE" => Ok(agent_coaching_instruction::TriggerEvent::AgentMessage),
                    "TOOL_CALL_COMPLETION" => Ok(agent_coaching_instruction::TriggerEvent::ToolCallCompletion),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for AgentCoachingSuggestion {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.applicable_instructions.is_empty() {
            len += 1;
        }
        if !self.agent_action_suggestions.is_empty() {
            len += 1;
        }
        if !self.sample_responses.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion", len)?;
        if !self.applicable_instructions.is_empty() {
            struct_ser.serialize_field("applicableInstructions", &self.applicable_instructions)?;
        }
        if !self.agent_action_suggestions.is_empty() {
            struct_ser.serialize_field("agentActionSuggestions", &self.agent_action_suggestions)?;
        }
        if !self.sample_responses.is_empty() {
            struct_ser.serialize_field("sampleResponses", &self.sample_responses)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AgentCoachingSuggestion {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "applicable_instructions",
            "applicableInstructions",
            "agent_action_suggestions",
            "agentActionSuggestions",
            "sample_responses",
            "sampleResponses",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ApplicableInstructions,
            AgentActionSuggestions,
            SampleResponses,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "applicableInstructions" | "applicable_instructions" => Ok(GeneratedField::ApplicableInstructions),
                            "agentActionSuggestions" | "agent_action_suggestions" => Ok(GeneratedField::AgentActionSuggestions),
                            "sampleResponses" | "sample_responses" => Ok(GeneratedField::SampleResponses),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AgentCoachingSuggestion;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AgentCoachingSuggestion")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AgentCoachingSuggestion, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut applicable_instructions__ = None;
                let mut agent_action_suggestions__ = None;
                let mut sample_responses__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ApplicableInstructions => {
                            if applicable_instructions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("applicableInstructions"));
                            }
                            applicable_instructions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AgentActionSuggestions => {
                            if agent_action_suggestions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentActionSuggestions"));
                            }
                            agent_action_suggestions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SampleResponses => {
                            if sample_responses__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sampleResponses"));
                            }
                            sample_responses__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(AgentCoachingSuggestion {
                    applicable_instructions: applicable_instructions__.unwrap_or_default(),
                    agent_action_suggestions: agent_action_suggestions__.unwrap_or_default(),
                    sample_responses: sample_responses__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for agent_coaching_suggestion::AgentActionSuggestion {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.agent_action.is_empty() {
            len += 1;
        }
        if self.sources.is_some() {
            len += 1;
        }
        if self.duplicate_check_result.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion.AgentActionSuggestion", len)?;
        if !self.agent_action.is_empty() {
            struct_ser.serialize_field("agentAction", &self.agent_action)?;
        }
        if let Some(v) = self.sources.as_ref() {
            struct_ser.serialize_field("sources", v)?;
        }
        if let Some(v) = self.duplicate_check_result.as_ref() {
            struct_ser.serialize_field("duplicateCheckResult", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for agent_coaching_suggestion::AgentActionSuggestion {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "agent_action",
            "agentAction",
            "sources",
            "duplicate_check_result",
            "duplicateCheckResult",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AgentAction,
            Sources,
            DuplicateCheckResult,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "agentAction" | "agent_action" => Ok(GeneratedField::AgentAction),
                            "sources" => Ok(GeneratedField::Sources),
                            "duplicateCheckResult" | "duplicate_check_result" => Ok(GeneratedField::DuplicateCheckResult),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = agent_coaching_suggestion::AgentActionSuggestion;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AgentCoachingSuggestion.AgentActionSuggestion")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<agent_coaching_suggestion::AgentActionSuggestion, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut agent_action__ = None;
                let mut sources__ = None;
                let mut duplicate_check_result__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AgentAction => {
                            if agent_action__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentAction"));
                            }
                            agent_action__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Sources => {
                            if sources__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sources"));
                            }
                            sources__ = map_.next_value()?;
                        }
                        GeneratedField::DuplicateCheckResult => {
                            if duplicate_check_result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("duplicateCheckResult"));
                            }
                            duplicate_check_result__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(agent_coaching_suggestion::AgentActionSuggestion {
                    agent_action: agent_action__.unwrap_or_default(),
                    sources: sources__,
                    duplicate_check_result: duplicate_check_result__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion.AgentActionSuggestion", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for agent_coaching_suggestion::DuplicateCheckResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.duplicate_suggestions.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion.DuplicateCheckResult", len)?;
        if !self.duplicate_suggestions.is_empty() {
            struct_ser.serialize_field("duplicateSuggestions", &self.duplicate_suggestions)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for agent_coaching_suggestion::DuplicateCheckResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "duplicate_suggestions",
            "duplicateSuggestions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DuplicateSuggestions,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "duplicateSuggestions" | "duplicate_suggestions" => Ok(GeneratedField::DuplicateSuggestions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = agent_coaching_suggestion::DuplicateCheckResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AgentCoachingSuggestion.DuplicateCheckResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<agent_coaching_suggestion::DuplicateCheckResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut duplicate_suggestions__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DuplicateSuggestions => {
                            if duplicate_suggestions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("duplicateSuggestions"));
                            }
                            duplicate_suggestions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(agent_coaching_suggestion::DuplicateCheckResult {
                    duplicate_suggestions: duplicate_suggestions__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion.DuplicateCheckResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for agent_coaching_suggestion::duplicate_check_result::DuplicateSuggestion {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.answer_record.is_empty() {
            len += 1;
        }
        if self.sources.is_some() {
            len += 1;
        }
        if self.suggestion_index != 0 {
            len += 1;
        }
        if self.similarity_score != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion.DuplicateCheckResult.DuplicateSuggestion", len)?;
        if !self.answer_record.is_empty() {
            struct_ser.serialize_field("answerRecord", &self.answer_record)?;
        }
        if let Some(v) = self.sources.as_ref() {
            struct_ser.serialize_field("sources", v)?;
        }
        if self.suggestion_index != 0 {
            struct_ser.serialize_field("suggestionIndex", &self.suggestion_index)?;
        }
        if self.similarity_score != 0. {
            struct_ser.serialize_field("similarityScore", &self.similarity_score)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for agent_coaching_suggestion::duplicate_check_result::DuplicateSuggestion {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "answer_record",
            "answerRecord",
            "sources",
            "suggestion_index",
            "suggestionIndex",
            "similarity_score",
            "similarityScore",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AnswerRecord,
            Sources,
            SuggestionIndex,
            SimilarityScore,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "answerRecord" | "answer_record" => Ok(GeneratedField::AnswerRecord),
                            "sources" => Ok(GeneratedField::Sources),
                            "suggestionIndex" | "suggestion_index" => Ok(GeneratedField::SuggestionIndex),
                            "similarityScore" | "similarity_score" => Ok(GeneratedField::SimilarityScore),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = agent_coaching_suggestion::duplicate_check_result::DuplicateSuggestion;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AgentCoachingSuggestion.DuplicateCheckResult.DuplicateSuggestion")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<agent_coaching_suggestion::duplicate_check_result::DuplicateSuggestion, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut answer_record__ = None;
                let mut sources__ = None;
                let mut suggestion_index__ = None;
                let mut similarity_score__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AnswerRecord => {
                            if answer_record__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answerRecord"));
                            }
                            answer_record__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Sources => {
                            if sources__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sources"));
                            }
                            sources__ = map_.next_value()?;
                        }
                        GeneratedField::SuggestionIndex => {
                            if suggestion_index__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suggestionIndex"));
                            }
                            suggestion_index__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::SimilarityScore => {
                            if similarity_score__.is_some() {
                                return Err(serde::de::Error::duplicate_field("similarityScore"));
                            }
                            similarity_score__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(agent_coaching_suggestion::duplicate_check_result::DuplicateSuggestion {
                    answer_record: answer_record__.unwrap_or_default(),
                    sources: sources__,
                    suggestion_index: suggestion_index__.unwrap_or_default(),
                    similarity_score: similarity_score__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion.DuplicateCheckResult.DuplicateSuggestion", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for agent_coaching_suggestion::SampleResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.response_text.is_empty() {
            len += 1;
        }
        if self.sources.is_some() {
            len += 1;
        }
        if self.duplicate_check_result.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion.SampleResponse", len)?;
        if !self.response_text.is_empty() {
            struct_ser.serialize_field("responseText", &self.response_text)?;
        }
        if let Some(v) = self.sources.as_ref() {
            struct_ser.serialize_field("sources", v)?;
        }
        if let Some(v) = self.duplicate_check_result.as_ref() {
            struct_ser.serialize_field("duplicateCheckResult", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for agent_coaching_suggestion::SampleResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "response_text",
            "responseText",
            "sources",
            "duplicate_check_result",
            "duplicateCheckResult",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ResponseText,
            Sources,
            DuplicateCheckResult,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "responseText" | "response_text" => Ok(GeneratedField::ResponseText),
                            "sources" => Ok(GeneratedField::Sources),
                            "duplicateCheckResult" | "duplicate_check_result" => Ok(GeneratedField::DuplicateCheckResult),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = agent_coaching_suggestion::SampleResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AgentCoachingSuggestion.SampleResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<agent_coaching_suggestion::SampleResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut response_text__ = None;
                let mut sources__ = None;
                let mut duplicate_check_result__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ResponseText => {
                            if response_text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("responseText"));
                            }
                            response_text__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Sources => {
                            if sources__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sources"));
                            }
                            sources__ = map_.next_value()?;
                        }
                        GeneratedField::DuplicateCheckResult => {
                            if duplicate_check_result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("duplicateCheckResult"));
                            }
                            duplicate_check_result__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(agent_coaching_suggestion::SampleResponse {
                    response_text: response_text__.unwrap_or_default(),
                    sources: sources__,
                    duplicate_check_result: duplicate_check_result__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion.SampleResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for agent_coaching_suggestion::Sources {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.instruction_indexes.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion.Sources", len)?;
        if !self.instruction_indexes.is_empty() {
            struct_ser.serialize_field("instructionIndexes", &self.instruction_indexes)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for agent_coaching_suggestion::Sources {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "instruction_indexes",
            "instructionIndexes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            InstructionIndexes,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "instructionIndexes" | "instruction_indexes" => Ok(GeneratedField::InstructionIndexes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = agent_coaching_suggestion::Sources;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AgentCoachingSuggestion.Sources")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<agent_coaching_suggestion::Sources, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut instruction_indexes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::InstructionIndexes => {
                            if instruction_indexes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("instructionIndexes"));
                            }
                            instruction_indexes__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(agent_coaching_suggestion::Sources {
                    instruction_indexes: instruction_indexes__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AgentCoachingSuggestion.Sources", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AnnotatedMessagePart {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.text.is_empty() {
            len += 1;
        }
        if !self.entity_type.is_empty() {
            len += 1;
        }
        if self.formatted_value.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AnnotatedMessagePart", len)?;
        if !self.text.is_empty() {
            struct_ser.serialize_field("text", &self.text)?;
        }
        if !self.entity_type.is_empty() {
            struct_ser.serialize_field("entityType", &self.entity_type)?;
        }
        if let Some(v) = self.formatted_value.as_ref() {
            struct_ser.serialize_field("formattedValue", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AnnotatedMessagePart {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "text",
            "entity_type",
            "entityType",
            "formatted_value",
            "formattedValue",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Text,
            EntityType,
            FormattedValue,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "text" => Ok(GeneratedField::Text),
                            "entityType" | "entity_type" => Ok(GeneratedField::EntityType),
                            "formattedValue" | "formatted_value" => Ok(GeneratedField::FormattedValue),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AnnotatedMessagePart;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AnnotatedMessagePart")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AnnotatedMessagePart, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut text__ = None;
                let mut entity_type__ = None;
                let mut formatted_value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EntityType => {
                            if entity_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entityType"));
                            }
                            entity_type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FormattedValue => {
                            if formatted_value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("formattedValue"));
                            }
                            formatted_value__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(AnnotatedMessagePart {
                    text: text__.unwrap_or_default(),
                    entity_type: entity_type__.unwrap_or_default(),
                    formatted_value: formatted_value__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AnnotatedMessagePart", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AssistQueryParameters {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.documents_metadata_filters.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AssistQueryParameters", len)?;
        if !self.documents_metadata_filters.is_empty() {
            struct_ser.serialize_field("documentsMetadataFilters", &self.documents_metadata_filters)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AssistQueryParameters {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "documents_metadata_filters",
            "documentsMetadataFilters",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DocumentsMetadataFilters,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "documentsMetadataFilters" | "documents_metadata_filters" => Ok(GeneratedField::DocumentsMetadataFilters),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AssistQueryParameters;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AssistQueryParameters")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AssistQueryParameters, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut documents_metadata_filters__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DocumentsMetadataFilters => {
                            if documents_metadata_filters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("documentsMetadataFilters"));
                            }
                            documents_metadata_filters__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(AssistQueryParameters {
                    documents_metadata_filters: documents_metadata_filters__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AssistQueryParameters", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AudioEncoding {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "AUDIO_ENCODING_UNSPECIFIED",
            Self::Linear16 => "AUDIO_ENCODING_LINEAR_16",
            Self::Flac => "AUDIO_ENCODING_FLAC",
            Self::Mulaw => "AUDIO_ENCODING_MULAW",
            Self::Amr => "AUDIO_ENCODING_AMR",
            Self::AmrWb => "AUDIO_ENCODING_AMR_WB",
            Self::OggOpus => "AUDIO_ENCODING_OGG_OPUS",
            Self::SpeexWithHeaderByte => "AUDIO_ENCODING_SPEEX_WITH_HEADER_BYTE",
            Self::Alaw => "AUDIO_ENCODING_ALAW",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for AudioEncoding {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "AUDIO_ENCODING_UNSPECIFIED",
            "AUDIO_ENCODING_LINEAR_16",
            "AUDIO_ENCODING_FLAC",
            "AUDIO_ENCODING_MULAW",
            "AUDIO_ENCODING_AMR",
            "AUDIO_ENCODING_AMR_WB",
            "AUDIO_ENCODING_OGG_OPUS",
            "AUDIO_ENCODING_SPEEX_WITH_HEADER_BYTE",
            "AUDIO_ENCODING_ALAW",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = AudioEncoding;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "AUDIO_ENCODING_UNSPECIFIED" => Ok(AudioEncoding::Unspecified),
                    "AUDIO_ENCODING_LINEAR_16" => Ok(AudioEncoding::Linear16),
                    "AUDIO_ENCODING_FLAC" => Ok(AudioEncoding::Flac),
                    "AUDIO_ENCODING_MULAW" => Ok(AudioEncoding::Mulaw),
                    "AUDIO_ENCODING_AMR" => Ok(AudioEncoding::Amr),
                    "AUDIO_ENCODING_AMR_WB" => Ok(AudioEncoding::AmrWb),
                    "AUDIO_ENCODING_OGG_OPUS" => Ok(AudioEncoding::OggOpus),
                    "AUDIO_ENCODING_SPEEX_WITH_HEADER_BYTE" => Ok(AudioEncoding::SpeexWithHeaderByte),
                    "AUDIO_ENCODING_ALAW" => Ok(AudioEncoding::Alaw),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for AutomatedAgentConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.agent.is_empty() {
            len += 1;
        }
        if self.session_ttl.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.AutomatedAgentConfig", len)?;
        if !self.agent.is_empty() {
            struct_ser.serialize_field("agent", &self.agent)?;
        }
        if let Some(v) = self.session_ttl.as_ref() {
            struct_ser.serialize_field("sessionTtl", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AutomatedAgentConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "agent",
            "session_ttl",
            "sessionTtl",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Agent,
            SessionTtl,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "agent" => Ok(GeneratedField::Agent),
                            "sessionTtl" | "session_ttl" => Ok(GeneratedField::SessionTtl),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AutomatedAgentConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.AutomatedAgentConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AutomatedAgentConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut agent__ = None;
                let mut session_ttl__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Agent => {
                            if agent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agent"));
                            }
                            agent__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SessionTtl => {
                            if session_ttl__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sessionTtl"));
                            }
                            session_ttl__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(AutomatedAgentConfig {
                    agent: agent__.unwrap_or_default(),
                    session_ttl: session_ttl__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.AutomatedAgentConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CesAppSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.ces_app.is_empty() {
            len += 1;
        }
        if self.confirmation_requirement != 0 {
            len += 1;
        }
        if self.proactive_enabled.is_some() {
            len += 1;
        }
        if self.reactive_enabled.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.CesAppSpec", len)?;
        if !self.ces_app.is_empty() {
            struct_ser.serialize_field("cesApp", &self.ces_app)?;
        }
        if self.confirmation_requirement != 0 {
            let v = crate::json::OpenEnum::<tool::ConfirmationRequirement>::from_number(self.confirmation_requirement)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.confirmation_requirement)))?;
            struct_ser.serialize_field("confirmationRequirement", &v)?;
        }
        if let Some(v) = self.proactive_enabled.as_ref() {
            struct_ser.serialize_field("proactiveEnabled", v)?;
        }
        if let Some(v) = self.reactive_enabled.as_ref() {
            struct_ser.serialize_field("reactiveEnabled", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CesAppSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ces_app",
            "cesApp",
            "confirmation_requirement",
            "confirmationRequirement",
            "proactive_enabled",
            "proactiveEnabled",
            "reactive_enabled",
            "reactiveEnabled",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CesApp,
            ConfirmationRequirement,
            ProactiveEnabled,
            ReactiveEnabled,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "cesApp" | "ces_app" => Ok(GeneratedField::CesApp),
                            "confirmationRequirement" | "confirmation_requirement" => Ok(GeneratedField::ConfirmationRequirement),
                            "proactiveEnabled" | "proactive_enabled" => Ok(GeneratedField::ProactiveEnabled),
                            "reactiveEnabled" | "reactive_enabled" => Ok(GeneratedField::ReactiveEnabled),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CesAppSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.CesAppSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CesAppSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut ces_app__ = None;
                let mut confirmation_requirement__ = None;
                let mut proactive_enabled__ = None;
                let mut reactive_enabled__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CesApp => {
                            if ces_app__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cesApp"));
                            }
                            ces_app__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ConfirmationRequirement => {
                            if confirmation_requirement__.is_some() {
                                return Err(serde::de::Error::duplicate_field("confirmationRequirement"));
                            }
                            confirmation_requirement__ = Some(map_.next_value::<crate::json::OpenEnum<tool::ConfirmationRequirement>>()?.0);
                        }
                        GeneratedField::ProactiveEnabled => {
                            if proactive_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("proactiveEnabled"));
                            }
                            proactive_enabled__ = map_.next_value()?;
                        }
                        GeneratedField::ReactiveEnabled => {
                            if reactive_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reactiveEnabled"));
                            }
                            reactive_enabled__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CesAppSpec {
                    ces_app: ces_app__.unwrap_or_default(),
                    confirmation_requirement: confirmation_requirement__.unwrap_or_default(),
                    proactive_enabled: proactive_enabled__,
                    reactive_enabled: reactive_enabled__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.CesAppSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CesToolSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.ces_tool.is_empty() {
            len += 1;
        }
        if self.confirmation_requirement != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.CesToolSpec", len)?;
        if !self.ces_tool.is_empty() {
            struct_ser.serialize_field("cesTool", &self.ces_tool)?;
        }
        if self.confirmation_requirement != 0 {
            let v = crate::json::OpenEnum::<tool::ConfirmationRequirement>::from_number(self.confirmation_requirement)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.confirmation_requirement)))?;
            struct_ser.serialize_field("confirmationRequirement", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CesToolSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ces_tool",
            "cesTool",
            "confirmation_requirement",
            "confirmationRequirement",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CesTool,
            ConfirmationRequirement,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "cesTool" | "ces_tool" => Ok(GeneratedField::CesTool),
                            "confirmationRequirement" | "confirmation_requirement" => Ok(GeneratedField::ConfirmationRequirement),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CesToolSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.CesToolSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CesToolSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut ces_tool__ = None;
                let mut confirmation_requirement__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CesTool => {
                            if ces_tool__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cesTool"));
                            }
                            ces_tool__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ConfirmationRequirement => {
                            if confirmation_requirement__.is_some() {
                                return Err(serde::de::Error::duplicate_field("confirmationRequirement"));
                            }
                            confirmation_requirement__ = Some(map_.next_value::<crate::json::OpenEnum<tool::ConfirmationRequirement>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CesToolSpec {
                    ces_tool: ces_tool__.unwrap_or_default(),
                    confirmation_requirement: confirmation_requirement__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.CesToolSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CompleteConversationRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.CompleteConversationRequest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompleteConversationRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompleteConversationRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.CompleteConversationRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CompleteConversationRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CompleteConversationRequest {
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.CompleteConversationRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Conversation {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if self.lifecycle_state != 0 {
            len += 1;
        }
        if !self.conversation_profile.is_empty() {
            len += 1;
        }
        if self.phone_number.is_some() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        if self.conversation_stage != 0 {
            len += 1;
        }
        if self.telephony_connection_info.is_some() {
            len += 1;
        }
        if self.initial_conversation_profile.is_some() {
            len += 1;
        }
        if !self.ingested_context_references.is_empty() {
            len += 1;
        }
        if !self.initial_generator_contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Conversation", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.lifecycle_state != 0 {
            let v = crate::json::OpenEnum::<conversation::LifecycleState>::from_number(self.lifecycle_state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.lifecycle_state)))?;
            struct_ser.serialize_field("lifecycleState", &v)?;
        }
        if !self.conversation_profile.is_empty() {
            struct_ser.serialize_field("conversationProfile", &self.conversation_profile)?;
        }
        if let Some(v) = self.phone_number.as_ref() {
            struct_ser.serialize_field("phoneNumber", v)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        if self.conversation_stage != 0 {
            let v = crate::json::OpenEnum::<conversation::ConversationStage>::from_number(self.conversation_stage)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.conversation_stage)))?;
            struct_ser.serialize_field("conversationStage", &v)?;
        }
        if let Some(v) = self.telephony_connection_info.as_ref() {
            struct_ser.serialize_field("telephonyConnectionInfo", v)?;
        }
        if let Some(v) = self.initial_conversation_profile.as_ref() {
            struct_ser.serialize_field("initialConversationProfile", v)?;
        }
        if !self.ingested_context_references.is_empty() {
            struct_ser.serialize_field("ingestedContextReferences", &self.ingested_context_references)?;
        }
        if !self.initial_generator_contexts.is_empty() {
            struct_ser.serialize_field("initialGeneratorContexts", &self.initial_generator_contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Conversation {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "lifecycle_state",
            "lifecycleState",
            "conversation_profile",
            "conversationProfile",
            "phone_number",
            "phoneNumber",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
            "conversation_stage",
            "conversationStage",
            "telephony_connection_info",
            "telephonyConnectionInfo",
            "initial_conversation_profile",
            "initialConversationProfile",
            "ingested_context_references",
            "ingestedContextReferences",
            "initial_generator_contexts",
            "initialGeneratorContexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            LifecycleState,
            ConversationProfile,
            PhoneNumber,
            StartTime,
            EndTime,
            ConversationStage,
            TelephonyConnectionInfo,
            InitialConversationProfile,
            IngestedContextReferences,
            InitialGeneratorContexts,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "lifecycleState" | "lifecycle_state" => Ok(GeneratedField::LifecycleState),
                            "conversationProfile" | "conversation_profile" => Ok(GeneratedField::ConversationProfile),
                            "phoneNumber" | "phone_number" => Ok(GeneratedField::PhoneNumber),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            "conversationStage" | "conversation_stage" => Ok(GeneratedField::ConversationStage),
                            "telephonyConnectionInfo" | "telephony_connection_info" => Ok(GeneratedField::TelephonyConnectionInfo),
                            "initialConversationProfile" | "initial_conversation_profile" => Ok(GeneratedField::InitialConversationProfile),
                            "ingestedContextReferences" | "ingested_context_references" => Ok(GeneratedField::IngestedContextReferences),
                            "initialGeneratorContexts" | "initial_generator_contexts" => Ok(GeneratedField::InitialGeneratorContexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Conversation;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Conversation")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Conversation, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut lifecycle_state__ = None;
                let mut conversation_profile__ = None;
                let mut phone_number__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                let mut conversation_stage__ = None;
                let mut telephony_connection_info__ = None;
                let mut initial_conversation_profile__ = None;
                let mut ingested_context_references__ = None;
                let mut initial_generator_contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LifecycleState => {
                            if lifecycle_state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lifecycleState"));
                            }
                            lifecycle_state__ = Some(map_.next_value::<crate::json::OpenEnum<conversation::LifecycleState>>()?.0);
                        }
                        GeneratedField::ConversationProfile => {
                            if conversation_profile__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversationProfile"));
                            }
                            conversation_profile__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PhoneNumber => {
                            if phone_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phoneNumber"));
                            }
                            phone_number__ = map_.next_value()?;
                        }
                        GeneratedField::StartTime => {
                            if start_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startTime"));
                            }
                            start_time__ = map_.next_value()?;
                        }
                        GeneratedField::EndTime => {
                            if end_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endTime"));
                            }
                            end_time__ = map_.next_value()?;
                        }
                        GeneratedField::ConversationStage => {
                            if conversation_stage__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversationStage"));
                            }
                            conversation_stage__ = Some(map_.next_value::<crate::json::OpenEnum<conversation::ConversationStage>>()?.0);
                        }
                        GeneratedField::TelephonyConnectionInfo => {
                            if telephony_connection_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("telephonyConnectionInfo"));
                            }
                            telephony_connection_info__ = map_.next_value()?;
                        }
                        GeneratedField::InitialConversationProfile => {
                            if initial_conversation_profile__.is_some() {
                                return Err(serde::de::Error::duplicate_field("initialConversationProfile"));
                            }
                            initial_conversation_profile__ = map_.next_value()?;
                        }
                        GeneratedField::IngestedContextReferences => {
                            if ingested_context_references__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ingestedContextReferences"));
                            }
                            ingested_context_references__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::InitialGeneratorContexts => {
                            if initial_generator_contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("initialGeneratorContexts"));
                            }
                            initial_generator_contexts__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Conversation {
                    name: name__.unwrap_or_default(),
                    lifecycle_state: lifecycle_state__.unwrap_or_default(),
                    conversation_profile: conversation_profile__.unwrap_or_default(),
                    phone_number: phone_number__,
                    start_time: start_time__,
                    end_time: end_time__,
                    conversation_stage: conversation_stage__.unwrap_or_default(),
                    telephony_connection_info: telephony_connection_info__,
                    initial_conversation_profile: initial_conversation_profile__,
                    ingested_context_references: ingested_context_references__.unwrap_or_default(),
                    initial_generator_contexts: initial_generator_contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Conversation", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for conversation::ContextReference {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.context_contents.is_empty() {
            len += 1;
        }
        if self.update_mode != 0 {
            len += 1;
        }
        if !self.language_code.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Conversation.ContextReference", len)?;
        if !self.context_contents.is_empty() {
            struct_ser.serialize_field("contextContents", &self.context_contents)?;
        }
        if self.update_mode != 0 {
            let v = crate::json::OpenEnum::<conversation::context_reference::UpdateMode>::from_number(self.update_mode)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.update_mode)))?;
            struct_ser.serialize_field("updateMode", &v)?;
        }
        if !self.language_code.is_empty() {
            struct_ser.serialize_field("languageCode", &self.language_code)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for conversation::ContextReference {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_contents",
            "contextContents",
            "update_mode",
            "updateMode",
            "language_code",
            "languageCode",
            "create_time",
            "createTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextContents,
            UpdateMode,
            LanguageCode,
            CreateTime,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "contextContents" | "context_contents" => Ok(GeneratedField::ContextContents),
                            "updateMode" | "update_mode" => Ok(GeneratedField::UpdateMode),
                            "languageCode" | "language_code" => Ok(GeneratedField::LanguageCode),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = conversation::ContextReference;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Conversation.ContextReference")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<conversation::ContextReference, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_contents__ = None;
                let mut update_mode__ = None;
                let mut language_code__ = None;
                let mut create_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextContents => {
                            if context_contents__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextContents"));
                            }
                            context_contents__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UpdateMode => {
                            if update_mode__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateMode"));
                            }
                            update_mode__ = Some(map_.next_value::<crate::json::OpenEnum<conversation::context_reference::UpdateMode>>()?.0);
                        }
                        GeneratedField::LanguageCode => {
                            if language_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("languageCode"));
                            }
                            language_code__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(conversation::ContextReference {
                    context_contents: context_contents__.unwrap_or_default(),
                    update_mode: update_mode__.unwrap_or_default(),
                    language_code: language_code__.unwrap_or_default(),
                    create_time: create_time__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Conversation.ContextReference", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for conversation::context_reference::ContextContent {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.content.is_empty() {
            len += 1;
        }
        if self.content_format != 0 {
            len += 1;
        }
        if self.ingestion_time.is_some() {
            len += 1;
        }
        if !self.answer_record.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Conversation.ContextReference.ContextContent", len)?;
        if !self.content.is_empty() {
            struct_ser.serialize_field("content", &self.content)?;
        }
        if self.content_format != 0 {
            let v = crate::json::OpenEnum::<conversation::context_reference::context_content::ContentFormat>::from_number(self.content_format)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.content_format)))?;
            struct_ser.serialize_field("contentFormat", &v)?;
        }
        if let Some(v) = self.ingestion_time.as_ref() {
            struct_ser.serialize_field("ingestionTime", v)?;
        }
        if !self.answer_record.is_empty() {
            struct_ser.serialize_field("answerRecord", &self.answer_record)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for conversation::context_reference::ContextContent {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "content",
            "content_format",
            "contentFormat",
            "ingestion_time",
            "ingestionTime",
            "answer_record",
            "answerRecord",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Content,
            ContentFormat,
            IngestionTime,
            AnswerRecord,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "content" => Ok(GeneratedField::Content),
                            "contentFormat" | "content_format" => Ok(GeneratedField::ContentFormat),
                            "ingestionTime" | "ingestion_time" => Ok(GeneratedField::IngestionTime),
                            "answerRecord" | "answer_record" => Ok(GeneratedField::AnswerRecord),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = conversation::context_reference::ContextContent;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Conversation.ContextReference.ContextContent")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<conversation::context_reference::ContextContent, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut content__ = None;
                let mut content_format__ = None;
                let mut ingestion_time__ = None;
                let mut answer_record__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContentFormat => {
                            if content_format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contentFormat"));
                            }
                            content_format__ = Some(map_.next_value::<crate::json::OpenEnum<conversation::context_reference::context_content::ContentFormat>>()?.0);
                        }
                        GeneratedField::IngestionTime => {
                            if ingestion_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ingestionTime"));
                            }
                            ingestion_time__ = map_.next_value()?;
                        }
                        GeneratedField::AnswerRecord => {
                            if answer_record__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answerRecord"));
                            }
                            answer_record__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(conversation::context_reference::ContextContent {
                    content: content__.unwrap_or_default(),
                    content_format: content_format__.unwrap_or_default(),
                    ingestion_time: ingestion_time__,
                    answer_record: answer_record__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Conversation.ContextReference.ContextContent", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for conversation::context_reference::context_content::ContentFormat {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "CONTENT_FORMAT_UNSPECIFIED",
            Self::Json => "JSON",
            Self::PlainText => "PLAIN_TEXT",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for conversation::context_reference::context_content::ContentFormat {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "CONTENT_FORMAT_UNSPECIFIED",
            "JSON",
            "PLAIN_TEXT",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = conversation::context_reference::context_content::ContentFormat;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "CONTENT_FORMAT_UNSPECIFIED" => Ok(conversation::context_reference::context_content::ContentFormat::Unspecified),
                    "JSON" => Ok(conversation::context_reference::context_content::ContentFormat::Json),
                    "PLAIN_TEXT" => Ok(conversation::context_reference::context_content::ContentFormat::PlainText),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for conversation::context_reference::UpdateMode {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "UPDATE_MODE_UNSPECIFIED",
            Self::Append => "APPEND",
            Self::Overwrite => "OVERWRITE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for conversation::context_reference::UpdateMode {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "UPDATE_MODE_UNSPECIFIED",
            "APPEND",
            "OVERWRITE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = conversation::context_reference::UpdateMode;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "UPDATE_MODE_UNSPECIFIED" => Ok(conversation::context_reference::UpdateMode::Unspecified),
                    "APPEND" => Ok(conversation::context_reference::UpdateMode::Append),
                    "OVERWRITE" => Ok(conversation::context_reference::UpdateMode::Overwrite),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for conversation::ConversationStage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "CONVERSATION_STAGE_UNSPECIFIED",
            Self::VirtualAgentStage => "VIRTUAL_AGENT_STAGE",
            Self::HumanAssistStage => "HUMAN_ASSIST_STAGE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for conversation::ConversationStage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "CONVERSATION_STAGE_UNSPECIFIED",
            "VIRTUAL_AGENT_STAGE",
            "HUMAN_ASSIST_STAGE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = conversation::ConversationStage;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "CONVERSATION_STAGE_UNSPECIFIED" => Ok(conversation::ConversationStage::Unspecified),
                    "VIRTUAL_AGENT_STAGE" => Ok(conversation::ConversationStage::VirtualAgentStage),
                    "HUMAN_ASSIST_STAGE" => Ok(conversation::ConversationStage::HumanAssistStage),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for conversation::GeneratorContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.generator_type != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Conversation.GeneratorContext", len)?;
        if self.generator_type != 0 {
            let v = crate::json::OpenEnum::<conversation::generator_context::GeneratorType>::from_number(self.generator_type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.generator_type)))?;
            struct_ser.serialize_field("generatorType", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for conversation::GeneratorContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "generator_type",
            "generatorType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            GeneratorType,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "generatorType" | "generator_type" => Ok(GeneratedField::GeneratorType),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = conversation::GeneratorContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Conversation.GeneratorContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<conversation::GeneratorContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut generator_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::GeneratorType => {
                            if generator_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("generatorType"));
                            }
                            generator_type__ = Some(map_.next_value::<crate::json::OpenEnum<conversation::generator_context::GeneratorType>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(conversation::GeneratorContext {
                    generator_type: generator_type__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Conversation.GeneratorContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for conversation::generator_context::GeneratorType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "GENERATOR_TYPE_UNSPECIFIED",
            Self::FreeForm => "FREE_FORM",
            Self::AgentCoaching => "AGENT_COACHING",
            Self::Summarization => "SUMMARIZATION",
            Self::Translation => "TRANSLATION",
            Self::AgentFeedback => "AGENT_FEEDBACK",
            Self::CustomerMessageGeneration => "CUSTOMER_MESSAGE_GENERATION",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for conversation::generator_context::GeneratorType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "GENERATOR_TYPE_UNSPECIFIED",
            "FREE_FORM",
            "AGENT_COACHING",
            "SUMMARIZATION",
            "TRANSLATION",
            "AGENT_FEEDBACK",
            "CUSTOMER_MESSAGE_GENERATION",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = conversation::generator_context::GeneratorType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "GENERATOR_TYPE_UNSPECIFIED" => Ok(conversation::generator_context::GeneratorType::Unspecified),
                    "FREE_FORM" => Ok(conversation::generator_context::GeneratorType::FreeForm),
                    "AGENT_COACHING" => Ok(conversation::generator_context::GeneratorType::AgentCoaching),
                    "SUMMARIZATION" => Ok(conversation::generator_context::GeneratorType::Summarization),
                    "TRANSLATION" => Ok(conversation::generator_context::GeneratorType::Translation),
                    "AGENT_FEEDBACK" => Ok(conversation::generator_context::GeneratorType::AgentFeedback),
                    "CUSTOMER_MESSAGE_GENERATION" => Ok(conversation::generator_context::GeneratorType::CustomerMessageGeneration),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for conversation::LifecycleState {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "LIFECYCLE_STATE_UNSPECIFIED",
            Self::InProgress => "IN_PROGRESS",
            Self::Completed => "COMPLETED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for conversation::LifecycleState {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "LIFECYCLE_STATE_UNSPECIFIED",
            "IN_PROGRESS",
            "COMPLETED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = conversation::LifecycleState;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "LIFECYCLE_STATE_UNSPECIFIED" => Ok(conversation::LifecycleState::Unspecified),
                    "IN_PROGRESS" => Ok(conversation::LifecycleState::InProgress),
                    "COMPLETED" => Ok(conversation::LifecycleState::Completed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for conversation::TelephonyConnectionInfo {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.dialed_number.is_empty() {
            len += 1;
        }
        if !self.sdp.is_empty() {
            len += 1;
        }
        if !self.sip_headers.is_empty() {
            len += 1;
        }
        if !self.extra_mime_contents.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Conversation.TelephonyConnectionInfo", len)?;
        if !self.dialed_number.is_empty() {
            struct_ser.serialize_field("dialedNumber", &self.dialed_number)?;
        }
        if !self.sdp.is_empty() {
            struct_ser.serialize_field("sdp", &self.sdp)?;
        }
        if !self.sip_headers.is_empty() {
            struct_ser.serialize_field("sipHeaders", &self.sip_headers)?;
        }
        if !self.extra_mime_contents.is_empty() {
            struct_ser.serialize_field("extraMimeContents", &self.extra_mime_contents)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for conversation::TelephonyConnectionInfo {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "dialed_number",
            "dialedNumber",
            "sdp",
            "sip_headers",
            "sipHeaders",
            "extra_mime_contents",
            "extraMimeContents",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DialedNumber,
            Sdp,
            SipHeaders,
            ExtraMimeContents,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "dialedNumber" | "dialed_number" => Ok(GeneratedField::DialedNumber),
                            "sdp" => Ok(GeneratedField::Sdp),
                            "sipHeaders" | "sip_headers" => Ok(GeneratedField::SipHeaders),
                            "extraMimeContents" | "extra_mime_contents" => Ok(GeneratedField::ExtraMimeContents),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = conversation::TelephonyConnectionInfo;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Conversation.TelephonyConnectionInfo")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<conversation::TelephonyConnectionInfo, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut dialed_number__ = None;
                let mut sdp__ = None;
                let mut sip_headers__ = None;
                let mut extra_mime_contents__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DialedNumber => {
                            if dialed_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dialedNumber"));
                            }
                            dialed_number__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Sdp => {
                            if sdp__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sdp"));
                            }
                            sdp__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SipHeaders => {
                            if sip_headers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sipHeaders"));
                            }
                            sip_headers__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExtraMimeContents => {
                            if extra_mime_contents__.is_some() {
                                return Err(serde::de::Error::duplicate_field("extraMimeContents"));
                            }
                            extra_mime_contents__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(conversation::TelephonyConnectionInfo {
                    dialed_number: dialed_number__.unwrap_or_default(),
                    sdp: sdp__.unwrap_or_default(),
                    sip_headers: sip_headers__.unwrap_or_default(),
                    extra_mime_contents: extra_mime_contents__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Conversation.TelephonyConnectionInfo", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for conversation::telephony_connection_info::MimeContent {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.mime_type.is_empty() {
            len += 1;
        }
        if !self.content.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Conversation.TelephonyConnectionInfo.MimeContent", len)?;
        if !self.mime_type.is_empty() {
            struct_ser.serialize_field("mimeType", &self.mime_type)?;
        }
        if !self.content.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("content", pbjson::private::base64::encode(&self.content).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for conversation::telephony_connection_info::MimeContent {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "mime_type",
            "mimeType",
            "content",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MimeType,
            Content,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "mimeType" | "mime_type" => Ok(GeneratedField::MimeType),
                            "content" => Ok(GeneratedField::Content),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = conversation::telephony_connection_info::MimeContent;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Conversation.TelephonyConnectionInfo.MimeContent")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<conversation::telephony_connection_info::MimeContent, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut mime_type__ = None;
                let mut content__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MimeType => {
                            if mime_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mimeType"));
                            }
                            mime_type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(conversation::telephony_connection_info::MimeContent {
                    mime_type: mime_type__.unwrap_or_default(),
                    content: content__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Conversation.TelephonyConnectionInfo.MimeContent", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for conversation::telephony_connection_info::SipHeader {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.value.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Conversation.TelephonyConnectionInfo.SipHeader", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.value.is_empty() {
            struct_ser.serialize_field("value", &self.value)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for conversation::telephony_connection_info::SipHeader {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "value",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Value,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "value" => Ok(GeneratedField::Value),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = conversation::telephony_connection_info::SipHeader;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Conversation.TelephonyConnectionInfo.SipHeader")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<conversation::telephony_connection_info::SipHeader, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(conversation::telephony_connection_info::SipHeader {
                    name: name__.unwrap_or_default(),
                    value: value__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Conversation.TelephonyConnectionInfo.SipHeader", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ConversationContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.message_entries.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ConversationContext", len)?;
        if !self.message_entries.is_empty() {
            struct_ser.serialize_field("messageEntries", &self.message_entries)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ConversationContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "message_entries",
            "messageEntries",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MessageEntries,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "messageEntries" | "message_entries" => Ok(GeneratedField::MessageEntries),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ConversationContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ConversationContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ConversationContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut message_entries__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MessageEntries => {
                            if message_entries__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messageEntries"));
                            }
                            message_entries__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ConversationContext {
                    message_entries: message_entries__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ConversationContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ConversationPhoneNumber {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.country_code != 0 {
            len += 1;
        }
        if !self.phone_number.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ConversationPhoneNumber", len)?;
        if self.country_code != 0 {
            struct_ser.serialize_field("countryCode", &self.country_code)?;
        }
        if !self.phone_number.is_empty() {
            struct_ser.serialize_field("phoneNumber", &self.phone_number)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ConversationPhoneNumber {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "country_code",
            "countryCode",
            "phone_number",
            "phoneNumber",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CountryCode,
            PhoneNumber,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "countryCode" | "country_code" => Ok(GeneratedField::CountryCode),
                            "phoneNumber" | "phone_number" => Ok(GeneratedField::PhoneNumber),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ConversationPhoneNumber;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ConversationPhoneNumber")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ConversationPhoneNumber, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut country_code__ = None;
                let mut phone_number__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CountryCode => {
                            if country_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("countryCode"));
                            }
                            country_code__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PhoneNumber => {
                            if phone_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phoneNumber"));
                            }
                            phone_number__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ConversationPhoneNumber {
                    country_code: country_code__.unwrap_or_default(),
                    phone_number: phone_number__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ConversationPhoneNumber", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ConversationProfile {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.display_name.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.update_time.is_some() {
            len += 1;
        }
        if self.automated_agent_config.is_some() {
            len += 1;
        }
        if self.human_agent_assistant_config.is_some() {
            len += 1;
        }
        if self.human_agent_handoff_config.is_some() {
            len += 1;
        }
        if self.notification_config.is_some() {
            len += 1;
        }
        if self.logging_config.is_some() {
            len += 1;
        }
        if self.new_message_event_notification_config.is_some() {
            len += 1;
        }
        if self.new_recognition_result_notification_config.is_some() {
            len += 1;
        }
        if self.stt_config.is_some() {
            len += 1;
        }
        if !self.language_code.is_empty() {
            len += 1;
        }
        if self.sip_config.is_some() {
            len += 1;
        }
        if !self.time_zone.is_empty() {
            len += 1;
        }
        if !self.security_settings.is_empty() {
            len += 1;
        }
        if self.tts_config.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ConversationProfile", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.display_name.is_empty() {
            struct_ser.serialize_field("displayName", &self.display_name)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.update_time.as_ref() {
            struct_ser.serialize_field("updateTime", v)?;
        }
        if let Some(v) = self.automated_agent_config.as_ref() {
            struct_ser.serialize_field("automatedAgentConfig", v)?;
        }
        if let Some(v) = self.human_agent_assistant_config.as_ref() {
            struct_ser.serialize_field("humanAgentAssistantConfig", v)?;
        }
        if let Some(v) = self.human_agent_handoff_config.as_ref() {
            struct_ser.serialize_field("humanAgentHandoffConfig", v)?;
        }
        if let Some(v) = self.notification_config.as_ref() {
            struct_ser.serialize_field("notificationConfig", v)?;
        }
        if let Some(v) = self.logging_config.as_ref() {
            struct_ser.serialize_field("loggingConfig", v)?;
        }
        if let Some(v) = self.new_message_event_notification_config.as_ref() {
            struct_ser.serialize_field("newMessageEventNotificationConfig", v)?;
        }
        if let Some(v) = self.new_recognition_result_notification_config.as_ref() {
            struct_ser.serialize_field("newRecognitionResultNotificationConfig", v)?;
        }
        if let Some(v) = self.stt_config.as_ref() {
            struct_ser.serialize_field("sttConfig", v)?;
        }
        if !self.language_code.is_empty() {
            struct_ser.serialize_field("languageCode", &self.language_code)?;
        }
        if let Some(v) = self.sip_config.as_ref() {
            struct_ser.serialize_field("sipConfig", v)?;
        }
        if !self.time_zone.is_empty() {
            struct_ser.serialize_field("timeZone", &self.time_zone)?;
        }
        if !self.security_settings.is_empty() {
            struct_ser.serialize_field("securitySettings", &self.security_settings)?;
        }
        if let Some(v) = self.tts_config.as_ref() {
            struct_ser.serialize_field("ttsConfig", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ConversationProfile {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "display_name",
            "displayName",
            "create_time",
            "createTime",
            "update_time",
            "updateTime",
            "automated_agent_config",
            "automatedAgentConfig",
            "human_agent_assistant_config",
            "humanAgentAssistantConfig",
            "human_agent_handoff_config",
            "humanAgentHandoffConfig",
            "notification_config",
            "notificationConfig",
            "logging_config",
            "loggingConfig",
            "new_message_event_notification_config",
            "newMessageEventNotificationConfig",
            "new_recognition_result_notification_config",
            "newRecognitionResultNotificationConfig",
            "stt_config",
            "sttConfig",
            "language_code",
            "languageCode",
            "sip_config",
            "sipConfig",
            "time_zone",
            "timeZone",
            "security_settings",
            "securitySettings",
            "tts_config",
            "ttsConfig",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            DisplayName,
            CreateTime,
            UpdateTime,
            AutomatedAgentConfig,
            HumanAgentAssistantConfig,
            HumanAgentHandoffConfig,
            NotificationConfig,
            LoggingConfig,
            NewMessageEventNotificationConfig,
            NewRecognitionResultNotificationConfig,
            SttConfig,
            LanguageCode,
            SipConfig,
            TimeZone,
            SecuritySettings,
            TtsConfig,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "displayName" | "display_name" => Ok(GeneratedField::DisplayName),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "updateTime" | "update_time" => Ok(GeneratedField::UpdateTime),
                            "automatedAgentConfig" | "automated_agent_config" => Ok(GeneratedField::AutomatedAgentConfig),
                            "humanAgentAssistantConfig" | "human_agent_assistant_config" => Ok(GeneratedField::HumanAgentAssistantConfig),
                            "humanAgentHandoffConfig" | "human_agent_handoff_config" => Ok(GeneratedField::HumanAgentHandoffConfig),
                            "notificationConfig" | "notification_config" => Ok(GeneratedField::NotificationConfig),
                            "loggingConfig" | "logging_config" => Ok(GeneratedField::LoggingConfig),
                            "newMessageEventNotificationConfig" | "new_message_event_notification_config" => Ok(GeneratedField::NewMessageEventNotificationConfig),
                            "newRecognitionResultNotificationConfig" | "new_recognition_result_notification_config" => Ok(GeneratedField::NewRecognitionResultNotificationConfig),
                            "sttConfig" | "stt_config" => Ok(GeneratedField::SttConfig),
                            "languageCode" | "language_code" => Ok(GeneratedField::LanguageCode),
                            "sipConfig" | "sip_config" => Ok(GeneratedField::SipConfig),
                            "timeZone" | "time_zone" => Ok(GeneratedField::TimeZone),
                            "securitySettings" | "security_settings" => Ok(GeneratedField::SecuritySettings),
                            "ttsConfig" | "tts_config" => Ok(GeneratedField::TtsConfig),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ConversationProfile;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ConversationProfile")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ConversationProfile, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut display_name__ = None;
                let mut create_time__ = None;
                let mut update_time__ = None;
                let mut automated_agent_config__ = None;
                let mut human_agent_assistant_config__ = None;
                let mut human_agent_handoff_config__ = None;
                let mut notification_config__ = None;
                let mut logging_config__ = None;
                let mut new_message_event_notification_config__ = None;
                let mut new_recognition_result_notification_config__ = None;
                let mut stt_config__ = None;
                let mut language_code__ = None;
                let mut sip_config__ = None;
                let mut time_zone__ = None;
                let mut security_settings__ = None;
                let mut tts_config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DisplayName => {
                            if display_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("displayName"));
                            }
                            display_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateTime => {
                            if update_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateTime"));
                            }
                            update_time__ = map_.next_value()?;
                        }
                        GeneratedField::AutomatedAgentConfig => {
                            if automated_agent_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("automatedAgentConfig"));
                            }
                            automated_agent_config__ = map_.next_value()?;
                        }
                        GeneratedField::HumanAgentAssistantConfig => {
                            if human_agent_assistant_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("humanAgentAssistantConfig"));
                            }
                            human_agent_assistant_config__ = map_.next_value()?;
                        }
                        GeneratedField::HumanAgentHandoffConfig => {
                            if human_agent_handoff_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("humanAgentHandoffConfig"));
                            }
                            human_agent_handoff_config__ = map_.next_value()?;
                        }
                        GeneratedField::NotificationConfig => {
                            if notification_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("notificationConfig"));
                            }
                            notification_config__ = map_.next_value()?;
                        }
                        GeneratedField::LoggingConfig => {
                            if logging_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("loggingConfig"));
                            }
                            logging_config__ = map_.next_value()?;
                        }
                        GeneratedField::NewMessageEventNotificationConfig => {
                            if new_message_event_notification_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("newMessageEventNotificationConfig"));
                            }
                            new_message_event_notification_config__ = map_.next_value()?;
                        }
                        GeneratedField::NewRecognitionResultNotificationConfig => {
                            if new_recognition_result_notification_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("newRecognitionResultNotificationConfig"));
                            }
                            new_recognition_result_notification_config__ = map_.next_value()?;
                        }
                        GeneratedField::SttConfig => {
                            if stt_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sttConfig"));
                            }
                            stt_config__ = map_.next_value()?;
                        }
                        GeneratedField::LanguageCode => {
                            if language_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("languageCode"));
                            }
                            language_code__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SipConfig => {
                            if sip_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sipConfig"));
                            }
                            sip_config__ = map_.next_value()?;
                        }
                        GeneratedField::TimeZone => {
                            if time_zone__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timeZone"));
                            }
                            time_zone__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SecuritySettings => {
                            if security_settings__.is_some() {
                                return Err(serde::de::Error::duplicate_field("securitySettings"));
                            }
                            security_settings__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TtsConfig => {
                            if tts_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ttsConfig"));
                            }
                            tts_config__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ConversationProfile {
                    name: name__.unwrap_or_default(),
                    display_name: display_name__.unwrap_or_default(),
                    create_time: create_time__,
                    update_time: update_time__,
                    automated_agent_config: automated_agent_config__,
                    human_agent_assistant_config: human_agent_assistant_config__,
                    human_agent_handoff_config: human_agent_handoff_config__,
                    notification_config: notification_config__,
                    logging_config: logging_config__,
                    new_message_event_notification_config: new_message_event_notification_config__,
                    new_recognition_result_notification_config: new_recognition_result_notification_config__,
                    stt_config: stt_config__,
                    language_code: language_code__.unwrap_or_default(),
                    sip_config: sip_config__,
                    time_zone: time_zone__.unwrap_or_default(),
                    security_settings: security_settings__.unwrap_or_default(),
                    tts_config: tts_config__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ConversationProfile", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateConversationRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parent.is_empty() {
            len += 1;
        }
        if self.conversation.is_some() {
            len += 1;
        }
        if !self.conversation_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.CreateConversationRequest", len)?;
        if !self.parent.is_empty() {
            struct_ser.serialize_field("parent", &self.parent)?;
        }
        if let Some(v) = self.conversation.as_ref() {
            struct_ser.serialize_field("conversation", v)?;
        }
        if !self.conversation_id.is_empty() {
            struct_ser.serialize_field("conversationId", &self.conversation_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateConversationRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parent",
            "conversation",
            "conversation_id",
            "conversationId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parent,
            Conversation,
            ConversationId,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "parent" => Ok(GeneratedField::Parent),
                            "conversation" => Ok(GeneratedField::Conversation),
                            "conversationId" | "conversation_id" => Ok(GeneratedField::ConversationId),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateConversationRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.CreateConversationRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateConversationRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parent__ = None;
                let mut conversation__ = None;
                let mut conversation_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parent => {
                            if parent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parent"));
                            }
                            parent__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Conversation => {
                            if conversation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversation"));
                            }
                            conversation__ = map_.next_value()?;
                        }
                        GeneratedField::ConversationId => {
                            if conversation_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversationId"));
                            }
                            conversation_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CreateConversationRequest {
                    parent: parent__.unwrap_or_default(),
                    conversation: conversation__,
                    conversation_id: conversation_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.CreateConversationRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CustomPronunciationParams {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.phrase.is_empty() {
            len += 1;
        }
        if self.phonetic_encoding != 0 {
            len += 1;
        }
        if !self.pronunciation.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.CustomPronunciationParams", len)?;
        if !self.phrase.is_empty() {
            struct_ser.serialize_field("phrase", &self.phrase)?;
        }
        if self.phonetic_encoding != 0 {
            let v = crate::json::OpenEnum::<custom_pronunciation_params::PhoneticEncoding>::from_number(self.phonetic_encoding)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.phonetic_encoding)))?;
            struct_ser.serialize_field("phoneticEncoding", &v)?;
        }
        if !self.pronunciation.is_empty() {
            struct_ser.serialize_field("pronunciation", &self.pronunciation)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CustomPronunciationParams {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "phrase",
            "phonetic_encoding",
            "phoneticEncoding",
            "pronunciation",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Phrase,
            PhoneticEncoding,
            Pronunciation,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "phrase" => Ok(GeneratedField::Phrase),
                            "phoneticEncoding" | "phonetic_encoding" => Ok(GeneratedField::PhoneticEncoding),
                            "pronunciation" => Ok(GeneratedField::Pronunciation),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CustomPronunciationParams;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.CustomPronunciationParams")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CustomPronunciationParams, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut phrase__ = None;
                let mut phonetic_encoding__ = None;
                let mut pronunciation__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Phrase => {
                            if phrase__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phrase"));
                            }
                            phrase__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PhoneticEncoding => {
                            if phonetic_encoding__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phoneticEncoding"));
                            }
                            phonetic_encoding__ = Some(map_.next_value::<crate::json::OpenEnum<custom_pronunciation_params::PhoneticEncoding>>()?.0);
                        }
                        GeneratedField::Pronunciation => {
                            if pronunciation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pronunciation"));
                            }
                            pronunciation__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CustomPronunciationParams {
                    phrase: phrase__.unwrap_or_default(),
                    phonetic_encoding: phonetic_encoding__.unwrap_or_default(),
                    pronunciation: pronunciation__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.CustomPronunciationParams", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for custom_pronunciation_params::PhoneticEncoding {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "PHONETIC_ENCODING_UNSPECIFIED",
            Self::Ipa => "PHONETIC_ENCODING_IPA",
            Self::XSampa => "PHONETIC_ENCODING_X_SAMPA",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for custom_pronunciation_params::PhoneticEncoding {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "PHONETIC_ENCODING_UNSPECIFIED",
            "PHONETIC_ENCODING_IPA",
            "PHONETIC_ENCODING_X_SAMPA",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = custom_pronunciation_params::PhoneticEncoding;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "PHONETIC_ENCODING_UNSPECIFIED" => Ok(custom_pronunciation_params::PhoneticEncoding::Unspecified),
                    "PHONETIC_ENCODING_IPA" => Ok(custom_pronunciation_params::PhoneticEncoding::Ipa),
                    "PHONETIC_ENCODING_X_SAMPA" => Ok(custom_pronunciation_params::PhoneticEncoding::XSampa),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for DatastoreResponseReason {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "DATASTORE_RESPONSE_REASON_UNSPECIFIED",
            Self::None => "NONE",
            Self::SearchOutOfQuota => "SEARCH_OUT_OF_QUOTA",
            Self::SearchEmptyResults => "SEARCH_EMPTY_RESULTS",
            Self::AnswerGenerationGenAiDisabled => "ANSWER_GENERATION_GEN_AI_DISABLED",
            Self::AnswerGenerationOutOfQuota => "ANSWER_GENERATION_OUT_OF_QUOTA",
            Self::AnswerGenerationError => "ANSWER_GENERATION_ERROR",
            Self::AnswerGenerationNotEnoughInfo => "ANSWER_GENERATION_NOT_ENOUGH_INFO",
            Self::AnswerGenerationRaiFailed => "ANSWER_GENERATION_RAI_FAILED",
            Self::AnswerGenerationNotGrounded => "ANSWER_GENERATION_NOT_GROUNDED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for DatastoreResponseReason {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "DATASTORE_RESPONSE_REASON_UNSPECIFIED",
            "NONE",
            "SEARCH_OUT_OF_QUOTA",
            "SEARCH_EMPTY_RESULTS",
            "ANSWER_GENERATION_GEN_AI_DISABLED",
            "ANSWER_GENERATION_OUT_OF_QUOTA",
            "ANSWER_GENERATION_ERROR",
            "ANSWER_GENERATION_NOT_ENOUGH_INFO",
            "ANSWER_GENERATION_RAI_FAILED",
            "ANSWER_GENERATION_NOT_GROUNDED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = DatastoreResponseReason;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "DATASTORE_RESPONSE_REASON_UNSPECIFIED" => Ok(DatastoreResponseReason::Unspecified),
                    "NONE" => Ok(DatastoreResponseReason::None),
                    "SEARCH_OUT_OF_QUOTA" => Ok(DatastoreResponseReason::SearchOutOfQuota),
                    "SEARCH_EMPTY_RESULTS" => Ok(DatastoreResponseReason::SearchEmptyResults),
                    "ANSWER_GENERATION_GEN_AI_DISABLED" => Ok(DatastoreResponseReason::AnswerGenerationGenAiDisabled),
                    "ANSWER_GENERATION_OUT_OF_QUOTA" => Ok(DatastoreResponseReason::AnswerGenerationOutOfQuota),
                    "ANSWER_GENERATION_ERROR" => Ok(DatastoreResponseReason::AnswerGenerationError),
                    "ANSWER_GENERATION_NOT_ENOUGH_INFO" => Ok(DatastoreResponseReason::AnswerGenerationNotEnoughInfo),
                    "ANSWER_GENERATION_RAI_FAILED" => Ok(DatastoreResponseReason::AnswerGenerationRaiFailed),
                    "ANSWER_GENERATION_NOT_GROUNDED" => Ok(DatastoreResponseReason::AnswerGenerationNotGrounded),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for FewShotExample {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.conversation_context.is_some() {
            len += 1;
        }
        if !self.extra_info.is_empty() {
            len += 1;
        }
        if self.output.is_some() {
            len += 1;
        }
        if self.instruction_list.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.FewShotExample", len)?;
        if let Some(v) = self.conversation_context.as_ref() {
            struct_ser.serialize_field("conversationContext", v)?;
        }
        if !self.extra_info.is_empty() {
            struct_ser.serialize_field("extraInfo", &self.extra_info)?;
        }
        if let Some(v) = self.output.as_ref() {
            struct_ser.serialize_field("output", v)?;
        }
        if let Some(v) = self.instruction_list.as_ref() {
            match v {
                few_shot_example::InstructionList::SummarizationSectionList(v) => {
                    struct_ser.serialize_field("summarizationSectionList", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for FewShotExample {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "conversation_context",
            "conversationContext",
            "extra_info",
            "extraInfo",
            "output",
            "summarization_section_list",
            "summarizationSectionList",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ConversationContext,
            ExtraInfo,
            Output,
            SummarizationSectionList,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "conversationContext" | "conversation_context" => Ok(GeneratedField::ConversationContext),
                            "extraInfo" | "extra_info" => Ok(GeneratedField::ExtraInfo),
                            "output" => Ok(GeneratedField::Output),
                            "summarizationSectionList" | "summarization_section_list" => Ok(GeneratedField::SummarizationSectionList),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = FewShotExample;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.FewShotExample")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<FewShotExample, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut conversation_context__ = None;
                let mut extra_info__ = None;
                let mut output__ = None;
                let mut instruction_list__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ConversationContext => {
                            if conversation_context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversationContext"));
                            }
                            conversation_context__ = map_.next_value()?;
                        }
                        GeneratedField::ExtraInfo => {
                            if extra_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("extraInfo"));
                            }
                            extra_info__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Output => {
                            if output__.is_some() {
                                return Err(serde::de::Error::duplicate_field("output"));
                            }
                            output__ = map_.next_value()?;
                        }
                        GeneratedField::SummarizationSectionList => {
                            if instruction_list__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summarizationSectionList"));
                            }
                            instruction_list__ = map_.next_value::<::std::option::Option<_>>()?.map(few_shot_example::InstructionList::SummarizationSectionList)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FewShotExample {
                    conversation_context: conversation_context__,
                    extra_info: extra_info__.unwrap_or_default(),
                    output: output__,
                    instruction_list: instruction_list__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.FewShotExample", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for FreeFormContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.text.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.FreeFormContext", len)?;
        if !self.text.is_empty() {
            struct_ser.serialize_field("text", &self.text)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for FreeFormContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "text",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Text,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "text" => Ok(GeneratedField::Text),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = FreeFormContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.FreeFormContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<FreeFormContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut text__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FreeFormContext {
                    text: text__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.FreeFormContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for FreeFormSuggestion {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.response.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.FreeFormSuggestion", len)?;
        if !self.response.is_empty() {
            struct_ser.serialize_field("response", &self.response)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for FreeFormSuggestion {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "response",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Response,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "response" => Ok(GeneratedField::Response),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = FreeFormSuggestion;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.FreeFormSuggestion")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<FreeFormSuggestion, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut response__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Response => {
                            if response__.is_some() {
                                return Err(serde::de::Error::duplicate_field("response"));
                            }
                            response__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FreeFormSuggestion {
                    response: response__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.FreeFormSuggestion", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GenerateStatelessSuggestionRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parent.is_empty() {
            len += 1;
        }
        if !self.context_references.is_empty() {
            len += 1;
        }
        if self.conversation_context.is_some() {
            len += 1;
        }
        if !self.trigger_events.is_empty() {
            len += 1;
        }
        if !self.security_settings.is_empty() {
            len += 1;
        }
        if self.generator_resource.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSuggestionRequest", len)?;
        if !self.parent.is_empty() {
            struct_ser.serialize_field("parent", &self.parent)?;
        }
        if !self.context_references.is_empty() {
            struct_ser.serialize_field("contextReferences", &self.context_references)?;
        }
        if let Some(v) = self.conversation_context.as_ref() {
            struct_ser.serialize_field("conversationContext", v)?;
        }
        if !self.trigger_events.is_empty() {
            let v = self.trigger_events.iter().cloned().map(|v| {
                crate::json::OpenEnum::<TriggerEvent>::from_number(v)
                    .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", v)))
                }).collect::<std::result::Result<Vec<_>, _>>()?;
            struct_ser.serialize_field("triggerEvents", &v)?;
        }
        if !self.security_settings.is_empty() {
            struct_ser.serialize_field("securitySettings", &self.security_settings)?;
        }
        if let Some(v) = self.generator_resource.as_ref() {
            match v {
                generate_stateless_suggestion_request::GeneratorResource::Generator(v) => {
                    struct_ser.serialize_field("generator", v)?;
                }
                generate_stateless_suggestion_request::GeneratorResource::GeneratorName(v) => {
                    struct_ser.serialize_field("generatorName", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GenerateStatelessSuggestionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parent",
            "context_references",
            "contextReferences",
            "conversation_context",
            "conversationContext",
            "trigger_events",
            "triggerEvents",
            "security_settings",
            "securitySettings",
            "generator",
            "generator_name",
            "generatorName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parent,
            ContextReferences,
            ConversationContext,
            TriggerEvents,
            SecuritySettings,
            Generator,
            GeneratorName,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "parent" => Ok(GeneratedField::Parent),
                            "contextReferences" | "context_references" => Ok(GeneratedField::ContextReferences),
                            "conversationContext" | "conversation_context" => Ok(GeneratedField::ConversationContext),
                            "triggerEvents" | "trigger_events" => Ok(GeneratedField::TriggerEvents),
                            "securitySettings" | "security_settings" => Ok(GeneratedField::SecuritySettings),
                            "generator" => Ok(GeneratedField::Generator),
                            "generatorName" | "generator_name" => Ok(GeneratedField::GeneratorName),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GenerateStatelessSuggestionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GenerateStatelessSuggestionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GenerateStatelessSuggestionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parent__ = None;
                let mut context_references__ = None;
                let mut conversation_context__ = None;
                let mut trigger_events__ = None;
                let mut security_settings__ = None;
                let mut generator_resource__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parent => {
                            if parent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parent"));
                            }
                            parent__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContextReferences => {
                            if context_references__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextReferences"));
                            }
                            context_references__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::ConversationContext => {
                            if conversation_context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversationContext"));
                            }
                            conversation_context__ = map_.next_value()?;
                        }
                        GeneratedField::TriggerEvents => {
                            if trigger_events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("triggerEvents"));
                            }
                            trigger_events__ = Some(map_.next_value::<Vec<crate::json::OpenEnum<TriggerEvent>>>()?.into_iter().map(|x| x.0).collect());
                        }
                        GeneratedField::SecuritySettings => {
                            if security_settings__.is_some() {
                                return Err(serde::de::Error::duplicate_field("securitySettings"));
                            }
                            security_settings__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Generator => {
                            if generator_resource__.is_some() {
                                return Err(serde::de::Error::duplicate_field("generator"));
                            }
                            generator_resource__ = map_.next_value::<::std::option::Option<_>>()?.map(generate_stateless_suggestion_request::GeneratorResource::Generator)
;
                        }
                        GeneratedField::GeneratorName => {
                            if generator_resource__.is_some() {
                                return Err(serde::de::Error::duplicate_field("generatorName"));
                            }
                            generator_resource__ = map_.next_value::<::std::option::Option<_>>()?.map(generate_stateless_suggestion_request::GeneratorResource::GeneratorName);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GenerateStatelessSuggestionRequest {
                    parent: parent__.unwrap_or_default(),
                    context_references: context_references__.unwrap_or_default(),
                    conversation_context: conversation_context__,
                    trigger_events: trigger_events__.unwrap_or_default(),
                    security_settings: security_settings__.unwrap_or_default(),
                    generator_resource: generator_resource__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSuggestionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GenerateStatelessSuggestionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.generator_suggestion.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSuggestionResponse", len)?;
        if let Some(v) = self.generator_suggestion.as_ref() {
            struct_ser.serialize_field("generatorSuggestion", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GenerateStatelessSuggestionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "generator_suggestion",
            "generatorSuggestion",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            GeneratorSuggestion,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "generatorSuggestion" | "generator_suggestion" => Ok(GeneratedField::GeneratorSuggestion),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GenerateStatelessSuggestionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GenerateStatelessSuggestionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GenerateStatelessSuggestionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut generator_suggestion__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::GeneratorSuggestion => {
                            if generator_suggestion__.is_some() {
                                return Err(serde::de::Error::duplicate_field("generatorSuggestion"));
                            }
                            generator_suggestion__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GenerateStatelessSuggestionResponse {
                    generator_suggestion: generator_suggestion__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSuggestionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GenerateStatelessSummaryRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.stateless_conversation.is_some() {
            len += 1;
        }
        if self.conversation_profile.is_some() {
            len += 1;
        }
        if !self.latest_message.is_empty() {
            len += 1;
        }
        if self.max_context_size != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSummaryRequest", len)?;
        if let Some(v) = self.stateless_conversation.as_ref() {
            struct_ser.serialize_field("statelessConversation", v)?;
        }
        if let Some(v) = self.conversation_profile.as_ref() {
            struct_ser.serialize_field("conversationProfile", v)?;
        }
        if !self.latest_message.is_empty() {
            struct_ser.serialize_field("latestMessage", &self.latest_message)?;
        }
        if self.max_context_size != 0 {
            struct_ser.serialize_field("maxContextSize", &self.max_context_size)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GenerateStatelessSummaryRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "stateless_conversation",
            "statelessConversation",
            "conversation_profile",
            "conversationProfile",
            "latest_message",
            "latestMessage",
            "max_context_size",
            "maxContextSize",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            StatelessConversation,
            ConversationProfile,
            LatestMessage,
            MaxContextSize,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "statelessConversation" | "stateless_conversation" => Ok(GeneratedField::StatelessConversation),
                            "conversationProfile" | "conversation_profile" => Ok(GeneratedField::ConversationProfile),
                            "latestMessage" | "latest_message" => Ok(GeneratedField::LatestMessage),
                            "maxContextSize" | "max_context_size" => Ok(GeneratedField::MaxContextSize),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GenerateStatelessSummaryRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GenerateStatelessSummaryRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GenerateStatelessSummaryRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut stateless_conversation__ = None;
                let mut conversation_profile__ = None;
                let mut latest_message__ = None;
                let mut max_context_size__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::StatelessConversation => {
                            if stateless_conversation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("statelessConversation"));
                            }
                            stateless_conversation__ = map_.next_value()?;
                        }
                        GeneratedField::ConversationProfile => {
                            if conversation_profile__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversationProfile"));
                            }
                            conversation_profile__ = map_.next_value()?;
                        }
                        GeneratedField::LatestMessage => {
                            if latest_message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("latestMessage"));
                            }
                            latest_message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MaxContextSize => {
                            if max_context_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxContextSize"));
                            }
                            max_context_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GenerateStatelessSummaryRequest {
                    stateless_conversation: stateless_conversation__,
                    conversation_profile: conversation_profile__,
                    latest_message: latest_message__.unwrap_or_default(),
                    max_context_size: max_context_size__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSummaryRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for generate_stateless_summary_request::MinimalConversation {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.messages.is_empty() {
            len += 1;
        }
        if !self.parent.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSummaryRequest.MinimalConversation", len)?;
        if !self.messages.is_empty() {
            struct_ser.serialize_field("messages", &self.messages)?;
        }
        if !self.parent.is_empty() {
            struct_ser.serialize_field("parent", &self.parent)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for generate_stateless_summary_request::MinimalConversation {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "messages",
            "parent",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Messages,
            Parent,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "messages" => Ok(GeneratedField::Messages),
                            "parent" => Ok(GeneratedField::Parent),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = generate_stateless_summary_request::MinimalConversation;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GenerateStatelessSummaryRequest.MinimalConversation")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<generate_stateless_summary_request::MinimalConversation, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut messages__ = None;
                let mut parent__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Messages => {
                            if messages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messages"));
                            }
                            messages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Parent => {
                            if parent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parent"));
                            }
                            parent__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(generate_stateless_summary_request::MinimalConversation {
                    messages: messages__.unwrap_or_default(),
                    parent: parent__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSummaryRequest.MinimalConversation", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GenerateStatelessSummaryResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.summary.is_some() {
            len += 1;
        }
        if !self.latest_message.is_empty() {
            len += 1;
        }
        if self.context_size != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSummaryResponse", len)?;
        if let Some(v) = self.summary.as_ref() {
            struct_ser.serialize_field("summary", v)?;
        }
        if !self.latest_message.is_empty() {
            struct_ser.serialize_field("latestMessage", &self.latest_message)?;
        }
        if self.context_size != 0 {
            struct_ser.serialize_field("contextSize", &self.context_size)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GenerateStatelessSummaryResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "summary",
            "latest_message",
            "latestMessage",
            "context_size",
            "contextSize",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Summary,
            LatestMessage,
            ContextSize,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "summary" => Ok(GeneratedField::Summary),
                            "latestMessage" | "latest_message" => Ok(GeneratedField::LatestMessage),
                            "contextSize" | "context_size" => Ok(GeneratedField::ContextSize),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GenerateStatelessSummaryResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GenerateStatelessSummaryResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GenerateStatelessSummaryResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut summary__ = None;
                let mut latest_message__ = None;
                let mut context_size__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Summary => {
                            if summary__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summary"));
                            }
                            summary__ = map_.next_value()?;
                        }
                        GeneratedField::LatestMessage => {
                            if latest_message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("latestMessage"));
                            }
                            latest_message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContextSize => {
                            if context_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextSize"));
                            }
                            context_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GenerateStatelessSummaryResponse {
                    summary: summary__,
                    latest_message: latest_message__.unwrap_or_default(),
                    context_size: context_size__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSummaryResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for generate_stateless_summary_response::Summary {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.text.is_empty() {
            len += 1;
        }
        if !self.text_sections.is_empty() {
            len += 1;
        }
        if !self.baseline_model_version.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSummaryResponse.Summary", len)?;
        if !self.text.is_empty() {
            struct_ser.serialize_field("text", &self.text)?;
        }
        if !self.text_sections.is_empty() {
            struct_ser.serialize_field("textSections", &self.text_sections)?;
        }
        if !self.baseline_model_version.is_empty() {
            struct_ser.serialize_field("baselineModelVersion", &self.baseline_model_version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for generate_stateless_summary_response::Summary {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "text",
            "text_sections",
            "textSections",
            "baseline_model_version",
            "baselineModelVersion",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Text,
            TextSections,
            BaselineModelVersion,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "text" => Ok(GeneratedField::Text),
                            "textSections" | "text_sections" => Ok(GeneratedField::TextSections),
                            "baselineModelVersion" | "baseline_model_version" => Ok(GeneratedField::BaselineModelVersion),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = generate_stateless_summary_response::Summary;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GenerateStatelessSummaryResponse.Summary")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<generate_stateless_summary_response::Summary, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut text__ = None;
                let mut text_sections__ = None;
                let mut baseline_model_version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TextSections => {
                            if text_sections__.is_some() {
                                return Err(serde::de::Error::duplicate_field("textSections"));
                            }
                            text_sections__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::BaselineModelVersion => {
                            if baseline_model_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("baselineModelVersion"));
                            }
                            baseline_model_version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(generate_stateless_summary_response::Summary {
                    text: text__.unwrap_or_default(),
                    text_sections: text_sections__.unwrap_or_default(),
                    baseline_model_version: baseline_model_version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GenerateStatelessSummaryResponse.Summary", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GenerateSuggestionsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.conversation.is_empty() {
            len += 1;
        }
        if !self.latest_message.is_empty() {
            len += 1;
        }
        if !self.trigger_events.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GenerateSuggestionsRequest", len)?;
        if !self.conversation.is_empty() {
            struct_ser.serialize_field("conversation", &self.conversation)?;
        }
        if !self.latest_message.is_empty() {
            struct_ser.serialize_field("latestMessage", &self.latest_message)?;
        }
        if !self.trigger_events.is_empty() {
            let v = self.trigger_events.iter().cloned().map(|v| {
                crate::json::OpenEnum::<TriggerEvent>::from_number(v)
                    .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", v)))
                }).collect::<std::result::Result<Vec<_>, _>>()?;
            struct_ser.serialize_field("triggerEvents", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GenerateSuggestionsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "conversation",
            "latest_message",
            "latestMessage",
            "trigger_events",
            "triggerEvents",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Conversation,
            LatestMessage,
            TriggerEvents,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "conversation" => Ok(GeneratedField::Conversation),
                            "latestMessage" | "latest_message" => Ok(GeneratedField::LatestMessage),
                            "triggerEvents" | "trigger_events" => Ok(GeneratedField::TriggerEvents),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GenerateSuggestionsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GenerateSuggestionsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GenerateSuggestionsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut conversation__ = None;
                let mut latest_message__ = None;
                let mut trigger_events__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Conversation => {
                            if conversation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversation"));
                            }
                            conversation__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LatestMessage => {
                            if latest_message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("latestMessage"));
                            }
                            latest_message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TriggerEvents => {
                            if trigger_events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("triggerEvents"));
                            }
                            trigger_events__ = Some(map_.next_value::<Vec<crate::json::OpenEnum<TriggerEvent>>>()?.into_iter().map(|x| x.0).collect());
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GenerateSuggestionsRequest {
                    conversation: conversation__.unwrap_or_default(),
                    latest_message: latest_message__.unwrap_or_default(),
                    trigger_events: trigger_events__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GenerateSuggestionsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GenerateSuggestionsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.generator_suggestion_answers.is_empty() {
            len += 1;
        }
        if !self.latest_message.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GenerateSuggestionsResponse", len)?;
        if !self.generator_suggestion_answers.is_empty() {
            struct_ser.serialize_field("generatorSuggestionAnswers", &self.generator_suggestion_answers)?;
        }
        if !self.latest_message.is_empty() {
            struct_ser.serialize_field("latestMessage", &self.latest_message)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GenerateSuggestionsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "generator_suggestion_answers",
            "generatorSuggestionAnswers",
            "latest_message",
            "latestMessage",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            GeneratorSuggestionAnswers,
            LatestMessage,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "generatorSuggestionAnswers" | "generator_suggestion_answers" => Ok(GeneratedField::GeneratorSuggestionAnswers),
                            "latestMessage" | "latest_message" => Ok(GeneratedField::LatestMessage),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GenerateSuggestionsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GenerateSuggestionsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GenerateSuggestionsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut generator_suggestion_answers__ = None;
                let mut latest_message__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::GeneratorSuggestionAnswers => {
                            if generator_suggestion_answers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("generatorSuggestionAnswers"));
                            }
                            generator_suggestion_answers__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LatestMessage => {
                            if latest_message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("latestMessage"));
                            }
                            latest_message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GenerateSuggestionsResponse {
                    generator_suggestion_answers: generator_suggestion_answers__.unwrap_or_default(),
                    latest_message: latest_message__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GenerateSuggestionsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for generate_suggestions_response::GeneratorSuggestionAnswer {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.generator_suggestion.is_some() {
            len += 1;
        }
        if !self.source_generator.is_empty() {
            len += 1;
        }
        if !self.answer_record.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GenerateSuggestionsResponse.GeneratorSuggestionAnswer", len)?;
        if let Some(v) = self.generator_suggestion.as_ref() {
            struct_ser.serialize_field("generatorSuggestion", v)?;
        }
        if !self.source_generator.is_empty() {
            struct_ser.serialize_field("sourceGenerator", &self.source_generator)?;
        }
        if !self.answer_record.is_empty() {
            struct_ser.serialize_field("answerRecord", &self.answer_record)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for generate_suggestions_response::GeneratorSuggestionAnswer {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "generator_suggestion",
            "generatorSuggestion",
            "source_generator",
            "sourceGenerator",
            "answer_record",
            "answerRecord",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            GeneratorSuggestion,
            SourceGenerator,
            AnswerRecord,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "generatorSuggestion" | "generator_suggestion" => Ok(GeneratedField::GeneratorSuggestion),
                            "sourceGenerator" | "source_generator" => Ok(GeneratedField::SourceGenerator),
                            "answerRecord" | "answer_record" => Ok(GeneratedField::AnswerRecord),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = generate_suggestions_response::GeneratorSuggestionAnswer;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GenerateSuggestionsResponse.GeneratorSuggestionAnswer")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<generate_suggestions_response::GeneratorSuggestionAnswer, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut generator_suggestion__ = None;
                let mut source_generator__ = None;
                let mut answer_record__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::GeneratorSuggestion => {
                            if generator_suggestion__.is_some() {
                                return Err(serde::de::Error::duplicate_field("generatorSuggestion"));
                            }
                            generator_suggestion__ = map_.next_value()?;
                        }
                        GeneratedField::SourceGenerator => {
                            if source_generator__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sourceGenerator"));
                            }
                            source_generator__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AnswerRecord => {
                            if answer_record__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answerRecord"));
                            }
                            answer_record__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(generate_suggestions_response::GeneratorSuggestionAnswer {
                    generator_suggestion: generator_suggestion__,
                    source_generator: source_generator__.unwrap_or_default(),
                    answer_record: answer_record__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GenerateSuggestionsResponse.GeneratorSuggestionAnswer", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Generator {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if self.inference_parameter.is_some() {
            len += 1;
        }
        if self.trigger_event != 0 {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.update_time.is_some() {
            len += 1;
        }
        if !self.tools.is_empty() {
            len += 1;
        }
        if self.suggestion_deduping_config.is_some() {
            len += 1;
        }
        if !self.toolset_tools.is_empty() {
            len += 1;
        }
        if !self.ces_tool_specs.is_empty() {
            len += 1;
        }
        if !self.ces_app_specs.is_empty() {
            len += 1;
        }
        if self.context.is_some() {
            len += 1;
        }
        if self.foundation_model.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Generator", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if let Some(v) = self.inference_parameter.as_ref() {
            struct_ser.serialize_field("inferenceParameter", v)?;
        }
        if self.trigger_event != 0 {
            let v = crate::json::OpenEnum::<TriggerEvent>::from_number(self.trigger_event)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.trigger_event)))?;
            struct_ser.serialize_field("triggerEvent", &v)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.update_time.as_ref() {
            struct_ser.serialize_field("updateTime", v)?;
        }
        if !self.tools.is_empty() {
            struct_ser.serialize_field("tools", &self.tools)?;
        }
        if let Some(v) = self.suggestion_deduping_config.as_ref() {
            struct_ser.serialize_field("suggestionDedupingConfig", v)?;
        }
        if !self.toolset_tools.is_empty() {
            struct_ser.serialize_field("toolsetTools", &self.toolset_tools)?;
        }
        if !self.ces_tool_specs.is_empty() {
            struct_ser.serialize_field("cesToolSpecs", &self.ces_tool_specs)?;
        }
        if !self.ces_app_specs.is_empty() {
            struct_ser.serialize_field("cesAppSpecs", &self.ces_app_specs)?;
        }
        if let Some(v) = self.context.as_ref() {
            match v {
                generator::Context::FreeFormContext(v) => {
                    struct_ser.serialize_field("freeFormContext", v)?;
                }
                generator::Context::AgentCoachingContext(v) => {
                    struct_ser.serialize_field("agentCoachingContext", v)?;
                }
                generator::Context::SummarizationContext(v) => {
                    struct_ser.serialize_field("summarizationContext", v)?;
                }
            }
        }
        if let Some(v) = self.foundation_model.as_ref() {
            match v {
                generator::FoundationModel::PublishedModel(v) => {
                    struct_ser.serialize_field("publishedModel", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Generator {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "inference_parameter",
            "inferenceParameter",
            "trigger_event",
            "triggerEvent",
            "create_time",
            "createTime",
            "update_time",
            "updateTime",
            "tools",
            "suggestion_deduping_config",
            "suggestionDedupingConfig",
            "toolset_tools",
            "toolsetTools",
            "ces_tool_specs",
            "cesToolSpecs",
            "ces_app_specs",
            "cesAppSpecs",
            "free_form_context",
            "freeFormContext",
            "agent_coaching_context",
            "agentCoachingContext",
            "summarization_context",
            "summarizationContext",
            "published_model",
            "publishedModel",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Description,
            InferenceParameter,
            TriggerEvent,
            CreateTime,
            UpdateTime,
            Tools,
            SuggestionDedupingConfig,
            ToolsetTools,
            CesToolSpecs,
            CesAppSpecs,
            FreeFormContext,
            AgentCoachingContext,
            SummarizationContext,
            PublishedModel,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "inferenceParameter" | "inference_parameter" => Ok(GeneratedField::InferenceParameter),
                            "triggerEvent" | "trigger_event" => Ok(GeneratedField::TriggerEvent),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "updateTime" | "update_time" => Ok(GeneratedField::UpdateTime),
                            "tools" => Ok(GeneratedField::Tools),
                            "suggestionDedupingConfig" | "suggestion_deduping_config" => Ok(GeneratedField::SuggestionDedupingConfig),
                            "toolsetTools" | "toolset_tools" => Ok(GeneratedField::ToolsetTools),
                            "cesToolSpecs" | "ces_tool_specs" => Ok(GeneratedField::CesToolSpecs),
                            "cesAppSpecs" | "ces_app_specs" => Ok(GeneratedField::CesAppSpecs),
                            "freeFormContext" | "free_form_context" => Ok(GeneratedField::FreeFormContext),
                            "agentCoachingContext" | "agent_coaching_context" => Ok(GeneratedField::AgentCoachingContext),
                            "summarizationContext" | "summarization_context" => Ok(GeneratedField::SummarizationContext),
                            "publishedModel" | "published_model" => Ok(GeneratedField::PublishedModel),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Generator;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Generator")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Generator, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut description__ = None;
                let mut inference_parameter__ = None;
                let mut trigger_event__ = None;
                let mut create_time__ = None;
                let mut update_time__ = None;
                let mut tools__ = None;
                let mut suggestion_deduping_config__ = None;
                let mut toolset_tools__ = None;
                let mut ces_tool_specs__ = None;
                let mut ces_app_specs__ = None;
                let mut context__ = None;
                let mut foundation_model__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::InferenceParameter => {
                            if inference_parameter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inferenceParameter"));
                            }
                            inference_parameter__ = map_.next_value()?;
                        }
                        GeneratedField::TriggerEvent => {
                            if trigger_event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("triggerEvent"));
                            }
                            trigger_event__ = Some(map_.next_value::<crate::json::OpenEnum<TriggerEvent>>()?.0);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateTime => {
                            if update_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateTime"));
                            }
                            update_time__ = map_.next_value()?;
                        }
                        GeneratedField::Tools => {
                            if tools__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tools"));
                            }
                            tools__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SuggestionDedupingConfig => {
                            if suggestion_deduping_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suggestionDedupingConfig"));
                            }
                            suggestion_deduping_config__ = map_.next_value()?;
                        }
                        GeneratedField::ToolsetTools => {
                            if toolset_tools__.is_some() {
                                return Err(serde::de::Error::duplicate_field("toolsetTools"));
                            }
                            toolset_tools__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CesToolSpecs => {
                            if ces_tool_specs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cesToolSpecs"));
                            }
                            ces_tool_specs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CesAppSpecs => {
                            if ces_app_specs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cesAppSpecs"));
                            }
                            ces_app_specs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FreeFormContext => {
                            if context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("freeFormContext"));
                            }
                            context__ = map_.next_value::<::std::option::Option<_>>()?.map(generator::Context::FreeFormContext)
;
                        }
                        GeneratedField::AgentCoachingContext => {
                            if context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentCoachingContext"));
                            }
                            context__ = map_.next_value::<::std::option::Option<_>>()?.map(generator::Context::AgentCoachingContext)
;
                        }
                        GeneratedField::SummarizationContext => {
                            if context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summarizationContext"));
                            }
                            context__ = map_.next_value::<::std::option::Option<_>>()?.map(generator::Context::SummarizationContext)
;
                        }
                        GeneratedField::PublishedModel => {
                            if foundation_model__.is_some() {
                                return Err(serde::de::Error::duplicate_field("publishedModel"));
                            }
                            foundation_model__ = map_.next_value::<::std::option::Option<_>>()?.map(generator::FoundationModel::PublishedModel);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Generator {
                    name: name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    inference_parameter: inference_parameter__,
                    trigger_event: trigger_event__.unwrap_or_default(),
                    create_time: create_time__,
                    update_time: update_time__,
                    tools: tools__.unwrap_or_default(),
                    suggestion_deduping_config: suggestion_deduping_config__,
                    toolset_tools: toolset_tools__.unwrap_or_default(),
                    ces_tool_specs: ces_tool_specs__.unwrap_or_default(),
                    ces_app_specs: ces_app_specs__.unwrap_or_default(),
                    context: context__,
                    foundation_model: foundation_model__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Generator", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GeneratorSuggestion {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.tool_call_info.is_empty() {
            len += 1;
        }
        if self.suggestion.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GeneratorSuggestion", len)?;
        if !self.tool_call_info.is_empty() {
            struct_ser.serialize_field("toolCallInfo", &self.tool_call_info)?;
        }
        if let Some(v) = self.suggestion.as_ref() {
            match v {
                generator_suggestion::Suggestion::FreeFormSuggestion(v) => {
                    struct_ser.serialize_field("freeFormSuggestion", v)?;
                }
                generator_suggestion::Suggestion::SummarySuggestion(v) => {
                    struct_ser.serialize_field("summarySuggestion", v)?;
                }
                generator_suggestion::Suggestion::AgentCoachingSuggestion(v) => {
                    struct_ser.serialize_field("agentCoachingSuggestion", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GeneratorSuggestion {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "tool_call_info",
            "toolCallInfo",
            "free_form_suggestion",
            "freeFormSuggestion",
            "summary_suggestion",
            "summarySuggestion",
            "agent_coaching_suggestion",
            "agentCoachingSuggestion",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ToolCallInfo,
            FreeFormSuggestion,
            SummarySuggestion,
            AgentCoachingSuggestion,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "toolCallInfo" | "tool_call_info" => Ok(GeneratedField::ToolCallInfo),
                            "freeFormSuggestion" | "free_form_suggestion" => Ok(GeneratedField::FreeFormSuggestion),
                            "summarySuggestion" | "summary_suggestion" => Ok(GeneratedField::SummarySuggestion),
                            "agentCoachingSuggestion" | "agent_coaching_suggestion" => Ok(GeneratedField::AgentCoachingSuggestion),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GeneratorSuggestion;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GeneratorSuggestion")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GeneratorSuggestion, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut tool_call_info__ = None;
                let mut suggestion__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ToolCallInfo => {
                            if tool_call_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("toolCallInfo"));
                            }
                            tool_call_info__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FreeFormSuggestion => {
                            if suggestion__.is_some() {
                                return Err(serde::de::Error::duplicate_field("freeFormSuggestion"));
                            }
                            suggestion__ = map_.next_value::<::std::option::Option<_>>()?.map(generator_suggestion::Suggestion::FreeFormSuggestion)
;
                        }
                        GeneratedField::SummarySuggestion => {
                            if suggestion__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summarySuggestion"));
                            }
                            suggestion__ = map_.next_value::<::std::option::Option<_>>()?.map(generator_suggestion::Suggestion::SummarySuggestion)
;
                        }
                        GeneratedField::AgentCoachingSuggestion => {
                            if suggestion__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentCoachingSuggestion"));
                            }
                            suggestion__ = map_.next_value::<::std::option::Option<_>>()?.map(generator_suggestion::Suggestion::AgentCoachingSuggestion)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GeneratorSuggestion {
                    tool_call_info: tool_call_info__.unwrap_or_default(),
                    suggestion: suggestion__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GeneratorSuggestion", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for generator_suggestion::ToolCallInfo {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.tool_call.is_some() {
            len += 1;
        }
        if self.tool_call_result.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GeneratorSuggestion.ToolCallInfo", len)?;
        if let Some(v) = self.tool_call.as_ref() {
            struct_ser.serialize_field("toolCall", v)?;
        }
        if let Some(v) = self.tool_call_result.as_ref() {
            struct_ser.serialize_field("toolCallResult", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for generator_suggestion::ToolCallInfo {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "tool_call",
            "toolCall",
            "tool_call_result",
            "toolCallResult",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ToolCall,
            ToolCallResult,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "toolCall" | "tool_call" => Ok(GeneratedField::ToolCall),
                            "toolCallResult" | "tool_call_result" => Ok(GeneratedField::ToolCallResult),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = generator_suggestion::ToolCallInfo;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GeneratorSuggestion.ToolCallInfo")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<generator_suggestion::ToolCallInfo, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut tool_call__ = None;
                let mut tool_call_result__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ToolCall => {
                            if tool_call__.is_some() {
                                return Err(serde::de::Error::duplicate_field("toolCall"));
                            }
                            tool_call__ = map_.next_value()?;
                        }
                        GeneratedField::ToolCallResult => {
                            if tool_call_result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("toolCallResult"));
                            }
                            tool_call_result__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(generator_suggestion::ToolCallInfo {
                    tool_call: tool_call__,
                    tool_call_result: tool_call_result__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GeneratorSuggestion.ToolCallInfo", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetConversationRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.GetConversationRequest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetConversationRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetConversationRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.GetConversationRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetConversationRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetConversationRequest {
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.GetConversationRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HumanAgentAssistantConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.notification_config.is_some() {
            len += 1;
        }
        if self.human_agent_suggestion_config.is_some() {
            len += 1;
        }
        if self.end_user_suggestion_config.is_some() {
            len += 1;
        }
        if self.message_analysis_config.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig", len)?;
        if let Some(v) = self.notification_config.as_ref() {
            struct_ser.serialize_field("notificationConfig", v)?;
        }
        if let Some(v) = self.human_agent_suggestion_config.as_ref() {
            struct_ser.serialize_field("humanAgentSuggestionConfig", v)?;
        }
        if let Some(v) = self.end_user_suggestion_config.as_ref() {
            struct_ser.serialize_field("endUserSuggestionConfig", v)?;
        }
        if let Some(v) = self.message_analysis_config.as_ref() {
            struct_ser.serialize_field("messageAnalysisConfig", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HumanAgentAssistantConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "notification_config",
            "notificationConfig",
            "human_agent_suggestion_config",
            "humanAgentSuggestionConfig",
            "end_user_suggestion_config",
            "endUserSuggestionConfig",
            "message_analysis_config",
            "messageAnalysisConfig",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NotificationConfig,
            HumanAgentSuggestionConfig,
            EndUserSuggestionConfig,
            MessageAnalysisConfig,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "notificationConfig" | "notification_config" => Ok(GeneratedField::NotificationConfig),
                            "humanAgentSuggestionConfig" | "human_agent_suggestion_config" => Ok(GeneratedField::HumanAgentSuggestionConfig),
                            "endUserSuggestionConfig" | "end_user_suggestion_config" => Ok(GeneratedField::EndUserSuggestionConfig),
                            "messageAnalysisConfig" | "message_analysis_config" => Ok(GeneratedField::MessageAnalysisConfig),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HumanAgentAssistantConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<HumanAgentAssistantConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut notification_config__ = None;
                let mut human_agent_suggestion_config__ = None;
                let mut end_user_suggestion_config__ = None;
                let mut message_analysis_config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::NotificationConfig => {
                            if notification_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("notificationConfig"));
                            }
                            notification_config__ = map_.next_value()?;
                        }
                        GeneratedField::HumanAgentSuggestionConfig => {
                            if human_agent_suggestion_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("humanAgentSuggestionConfig"));
                            }
                            human_agent_suggestion_config__ = map_.next_value()?;
                        }
                        GeneratedField::EndUserSuggestionConfig => {
                            if end_user_suggestion_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endUserSuggestionConfig"));
                            }
                            end_user_suggestion_config__ = map_.next_value()?;
                        }
                        GeneratedField::MessageAnalysisConfig => {
                            if message_analysis_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messageAnalysisConfig"));
                            }
                            message_analysis_config__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(HumanAgentAssistantConfig {
                    notification_config: notification_config__,
                    human_agent_suggestion_config: human_agent_suggestion_config__,
                    end_user_suggestion_config: end_user_suggestion_config__,
                    message_analysis_config: message_analysis_config__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::ConversationModelConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.model.is_empty() {
            len += 1;
        }
        if !self.baseline_model_version.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.ConversationModelConfig", len)?;
        if !self.model.is_empty() {
            struct_ser.serialize_field("model", &self.model)?;
        }
        if !self.baseline_model_version.is_empty() {
            struct_ser.serialize_field("baselineModelVersion", &self.baseline_model_version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::ConversationModelConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "model",
            "baseline_model_version",
            "baselineModelVersion",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Model,
            BaselineModelVersion,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "model" => Ok(GeneratedField::Model),
                            "baselineModelVersion" | "baseline_model_version" => Ok(GeneratedField::BaselineModelVersion),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::ConversationModelConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.ConversationModelConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::ConversationModelConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut model__ = None;
                let mut baseline_model_version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Model => {
                            if model__.is_some() {
                                return Err(serde::de::Error::duplicate_field("model"));
                            }
                            model__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BaselineModelVersion => {
                            if baseline_model_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("baselineModelVersion"));
                            }
                            baseline_model_version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::ConversationModelConfig {
                    model: model__.unwrap_or_default(),
                    baseline_model_version: baseline_model_version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.ConversationModelConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::ConversationProcessConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.recent_sentences_count != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.ConversationProcessConfig", len)?;
        if self.recent_sentences_count != 0 {
            struct_ser.serialize_field("recentSentencesCount", &self.recent_sentences_count)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::ConversationProcessConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "recent_sentences_count",
            "recentSentencesCount",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RecentSentencesCount,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "recentSentencesCount" | "recent_sentences_count" => Ok(GeneratedField::RecentSentencesCount),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::ConversationProcessConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.ConversationProcessConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::ConversationProcessConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut recent_sentences_count__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RecentSentencesCount => {
                            if recent_sentences_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("recentSentencesCount"));
                            }
                            recent_sentences_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::ConversationProcessConfig {
                    recent_sentences_count: recent_sentences_count__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.ConversationProcessConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::MessageAnalysisConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.enable_entity_extraction {
            len += 1;
        }
        if self.enable_sentiment_analysis {
            len += 1;
        }
        if self.enable_sentiment_analysis_v3 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.MessageAnalysisConfig", len)?;
        if self.enable_entity_extraction {
            struct_ser.serialize_field("enableEntityExtraction", &self.enable_entity_extraction)?;
        }
        if self.enable_sentiment_analysis {
            struct_ser.serialize_field("enableSentimentAnalysis", &self.enable_sentiment_analysis)?;
        }
        if self.enable_sentiment_analysis_v3 {
            struct_ser.serialize_field("enableSentimentAnalysisV3", &self.enable_sentiment_analysis_v3)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::MessageAnalysisConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "enable_entity_extraction",
            "enableEntityExtraction",
            "enable_sentiment_analysis",
            "enableSentimentAnalysis",
            "enable_sentiment_analysis_v3",
            "enableSentimentAnalysisV3",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EnableEntityExtraction,
            EnableSentimentAnalysis,
            EnableSentimentAnalysisV3,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "enableEntityExtraction" | "enable_entity_extraction" => Ok(GeneratedField::EnableEntityExtraction),
                            "enableSentimentAnalysis" | "enable_sentiment_analysis" => Ok(GeneratedField::EnableSentimentAnalysis),
                            "enableSentimentAnalysisV3" | "enable_sentiment_analysis_v3" => Ok(GeneratedField::EnableSentimentAnalysisV3),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::MessageAnalysisConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.MessageAnalysisConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::MessageAnalysisConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut enable_entity_extraction__ = None;
                let mut enable_sentiment_analysis__ = None;
                let mut enable_sentiment_analysis_v3__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EnableEntityExtraction => {
                            if enable_entity_extraction__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableEntityExtraction"));
                            }
                            enable_entity_extraction__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnableSentimentAnalysis => {
                            if enable_sentiment_analysis__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableSentimentAnalysis"));
                            }
                            enable_sentiment_analysis__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnableSentimentAnalysisV3 => {
                            if enable_sentiment_analysis_v3__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableSentimentAnalysisV3"));
                            }
                            enable_sentiment_analysis_v3__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::MessageAnalysisConfig {
                    enable_entity_extraction: enable_entity_extraction__.unwrap_or_default(),
                    enable_sentiment_analysis: enable_sentiment_analysis__.unwrap_or_default(),
                    enable_sentiment_analysis_v3: enable_sentiment_analysis_v3__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.MessageAnalysisConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::SuggestionConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.feature_configs.is_empty() {
            len += 1;
        }
        if self.group_suggestion_responses {
            len += 1;
        }
        if !self.generators.is_empty() {
            len += 1;
        }
        if self.disable_high_latency_features_sync_delivery {
            len += 1;
        }
        if self.skip_empty_event_based_suggestion {
            len += 1;
        }
        if self.use_unredacted_conversation_data {
            len += 1;
        }
        if self.enable_async_tool_call {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionConfig", len)?;
        if !self.feature_configs.is_empty() {
            struct_ser.serialize_field("featureConfigs", &self.feature_configs)?;
        }
        if self.group_suggestion_responses {
            struct_ser.serialize_field("groupSuggestionResponses", &self.group_suggestion_responses)?;
        }
        if !self.generators.is_empty() {
            struct_ser.serialize_field("generators", &self.generators)?;
        }
        if self.disable_high_latency_features_sync_delivery {
            struct_ser.serialize_field("disableHighLatencyFeaturesSyncDelivery", &self.disable_high_latency_features_sync_delivery)?;
        }
        if self.skip_empty_event_based_suggestion {
            struct_ser.serialize_field("skipEmptyEventBasedSuggestion", &self.skip_empty_event_based_suggestion)?;
        }
        if self.use_unredacted_conversation_data {
            struct_ser.serialize_field("useUnredactedConversationData", &self.use_unredacted_conversation_data)?;
        }
        if self.enable_async_tool_call {
            struct_ser.serialize_field("enableAsyncToolCall", &self.enable_async_tool_call)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::SuggestionConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "feature_configs",
            "featureConfigs",
            "group_suggestion_responses",
            "groupSuggestionResponses",
            "generators",
            "disable_high_latency_features_sync_delivery",
            "disableHighLatencyFeaturesSyncDelivery",
            "skip_empty_event_based_suggestion",
            "skipEmptyEventBasedSuggestion",
            "use_unredacted_conversation_data",
            "useUnredactedConversationData",
            "enable_async_tool_call",
            "enableAsyncToolCall",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            FeatureConfigs,
            GroupSuggestionResponses,
            Generators,
            DisableHighLatencyFeaturesSyncDelivery,
            SkipEmptyEventBasedSuggestion,
            UseUnredactedConversationData,
            EnableAsyncToolCall,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "featureConfigs" | "feature_configs" => Ok(GeneratedField::FeatureConfigs),
                            "groupSuggestionResponses" | "group_suggestion_responses" => Ok(GeneratedField::GroupSuggestionResponses),
                            "generators" => Ok(GeneratedField::Generators),
                            "disableHighLatencyFeaturesSyncDelivery" | "disable_high_latency_features_sync_delivery" => Ok(GeneratedField::DisableHighLatencyFeaturesSyncDelivery),
                            "skipEmptyEventBasedSuggestion" | "skip_empty_event_based_suggestion" => Ok(GeneratedField::SkipEmptyEventBasedSuggestion),
                            "useUnredactedConversationData" | "use_unredacted_conversation_data" => Ok(GeneratedField::UseUnredactedConversationData),
                            "enableAsyncToolCall" | "enable_async_tool_call" => Ok(GeneratedField::EnableAsyncToolCall),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::SuggestionConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::SuggestionConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut feature_configs__ = None;
                let mut group_suggestion_responses__ = None;
                let mut generators__ = None;
                let mut disable_high_latency_features_sync_delivery__ = None;
                let mut skip_empty_event_based_suggestion__ = None;
                let mut use_unredacted_conversation_data__ = None;
                let mut enable_async_tool_call__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::FeatureConfigs => {
                            if feature_configs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("featureConfigs"));
                            }
                            feature_configs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::GroupSuggestionResponses => {
                            if group_suggestion_responses__.is_some() {
                                return Err(serde::de::Error::duplicate_field("groupSuggestionResponses"));
                            }
                            group_suggestion_responses__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Generators => {
                            if generators__.is_some() {
                                return Err(serde::de::Error::duplicate_field("generators"));
                            }
                            generators__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DisableHighLatencyFeaturesSyncDelivery => {
                            if disable_high_latency_features_sync_delivery__.is_some() {
                                return Err(serde::de::Error::duplicate_field("disableHighLatencyFeaturesSyncDelivery"));
                            }
                            disable_high_latency_features_sync_delivery__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SkipEmptyEventBasedSuggestion => {
                            if skip_empty_event_based_suggestion__.is_some() {
                                return Err(serde::de::Error::duplicate_field("skipEmptyEventBasedSuggestion"));
                            }
                            skip_empty_event_based_suggestion__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UseUnredactedConversationData => {
                            if use_unredacted_conversation_data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("useUnredactedConversationData"));
                            }
                            use_unredacted_conversation_data__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnableAsyncToolCall => {
                            if enable_async_tool_call__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableAsyncToolCall"));
                            }
                            enable_async_tool_call__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::SuggestionConfig {
                    feature_configs: feature_configs__.unwrap_or_default(),
                    group_suggestion_responses: group_suggestion_responses__.unwrap_or_default(),
                    generators: generators__.unwrap_or_default(),
                    disable_high_latency_features_sync_delivery: disable_high_latency_features_sync_delivery__.unwrap_or_default(),
                    skip_empty_event_based_suggestion: skip_empty_event_based_suggestion__.unwrap_or_default(),
                    use_unredacted_conversation_data: use_unredacted_conversation_data__.unwrap_or_default(),
                    enable_async_tool_call: enable_async_tool_call__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::SuggestionFeatureConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.suggestion_feature.is_some() {
            len += 1;
        }
        if self.enable_event_based_suggestion {
            len += 1;
        }
        if self.disable_agent_query_logging {
            len += 1;
        }
        if self.enable_query_suggestion_when_no_answer {
            len += 1;
        }
        if self.enable_conversation_augmented_query {
            len += 1;
        }
        if self.enable_query_suggestion_only {
            len += 1;
        }
        if self.enable_response_debug_info {
            len += 1;
        }
        if self.rai_settings.is_some() {
            len += 1;
        }
        if self.suggestion_trigger_event != 0 {
            len += 1;
        }
        if self.disable_query_search_context {
            len += 1;
        }
        if self.suggestion_trigger_settings.is_some() {
            len += 1;
        }
        if self.query_config.is_some() {
            len += 1;
        }
        if self.conversation_model_config.is_some() {
            len += 1;
        }
        if self.conversation_process_config.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionFeatureConfig", len)?;
        if let Some(v) = self.suggestion_feature.as_ref() {
            struct_ser.serialize_field("suggestionFeature", v)?;
        }
        if self.enable_event_based_suggestion {
            struct_ser.serialize_field("enableEventBasedSuggestion", &self.enable_event_based_suggestion)?;
        }
        if self.disable_agent_query_logging {
            struct_ser.serialize_field("disableAgentQueryLogging", &self.disable_agent_query_logging)?;
        }
        if self.enable_query_suggestion_when_no_answer {
            struct_ser.serialize_field("enableQuerySuggestionWhenNoAnswer", &self.enable_query_suggestion_when_no_answer)?;
        }
        if self.enable_conversation_augmented_query {
            struct_ser.serialize_field("enableConversationAugmentedQuery", &self.enable_conversation_augmented_query)?;
        }
        if self.enable_query_suggestion_only {
            struct_ser.serialize_field("enableQuerySuggestionOnly", &self.enable_query_suggestion_only)?;
        }
        if self.enable_response_debug_info {
            struct_ser.serialize_field("enableResponseDebugInfo", &self.enable_response_debug_info)?;
        }
        if let Some(v) = self.rai_settings.as_ref() {
            struct_ser.serialize_field("raiSettings", v)?;
        }
        if self.suggestion_trigger_event != 0 {
            let v = crate::json::OpenEnum::<TriggerEvent>::from_number(self.suggestion_trigger_event)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.suggestion_trigger_event)))?;
            struct_ser.serialize_field("suggestionTriggerEvent", &v)?;
        }
        if self.disable_query_search_context {
            struct_ser.serialize_field("disableQuerySearchContext", &self.disable_query_search_context)?;
        }
        if let Some(v) = self.suggestion_trigger_settings.as_ref() {
            struct_ser.serialize_field("suggestionTriggerSettings", v)?;
        }
        if let Some(v) = self.query_config.as_ref() {
            struct_ser.serialize_field("queryConfig", v)?;
        }
        if let Some(v) = self.conversation_model_config.as_ref() {
            struct_ser.serialize_field("conversationModelConfig", v)?;
        }
        if let Some(v) = self.conversation_process_config.as_ref() {
            struct_ser.serialize_field("conversationProcessConfig", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::SuggestionFeatureConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "suggestion_feature",
            "suggestionFeature",
            "enable_event_based_suggestion",
            "enableEventBasedSuggestion",
            "disable_agent_query_logging",
            "disableAgentQueryLogging",
            "enable_query_suggestion_when_no_answer",
            "enableQuerySuggestionWhenNoAnswer",
            "enable_conversation_augmented_query",
            "enableConversationAugmentedQuery",
            "enable_query_suggestion_only",
            "enableQuerySuggestionOnly",
            "enable_response_debug_info",
            "enableResponseDebugInfo",
            "rai_settings",
            "raiSettings",
            "suggestion_trigger_event",
            "suggestionTriggerEvent",
            "disable_query_search_context",
            "disableQuerySearchContext",
            "suggestion_trigger_settings",
            "suggestionTriggerSettings",
            "query_config",
            "queryConfig",
            "conversation_model_config",
            "conversationModelConfig",
            "conversation_process_config",
            "conversationProcessConfig",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SuggestionFeature,
            EnableEventBasedSuggestion,
            DisableAgentQueryLogging,
            EnableQuerySuggestionWhenNoAnswer,
            EnableConversationAugmentedQuery,
            EnableQuerySuggestionOnly,
            EnableResponseDebugInfo,
            RaiSettings,
            SuggestionTriggerEvent,
            DisableQuerySearchContext,
            SuggestionTriggerSettings,
            QueryConfig,
            ConversationModelConfig,
            ConversationProcessConfig,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "suggestionFeature" | "suggestion_feature" => Ok(GeneratedField::SuggestionFeature),
                            "enableEventBasedSuggestion" | "enable_event_based_suggestion" => Ok(GeneratedField::EnableEventBasedSuggestion),
                            "disableAgentQueryLogging" | "disable_agent_query_logging" => Ok(GeneratedField::DisableAgentQueryLogging),
                            "enableQuerySuggestionWhenNoAnswer" | "enable_query_suggestion_when_no_answer" => Ok(GeneratedField::EnableQuerySuggestionWhenNoAnswer),
                            "enableConversationAugmentedQuery" | "enable_conversation_augmented_query" => Ok(GeneratedField::EnableConversationAugmentedQuery),
                            "enableQuerySuggestionOnly" | "enable_query_suggestion_only" => Ok(GeneratedField::EnableQuerySuggestionOnly),
                            "enableResponseDebugInfo" | "enable_response_debug_info" => Ok(GeneratedField::EnableResponseDebugInfo),
                            "raiSettings" | "rai_settings" => Ok(GeneratedField::RaiSettings),
                            "suggestionTriggerEvent" | "suggestion_trigger_event" => Ok(GeneratedField::SuggestionTriggerEvent),
                            "disableQuerySearchContext" | "disable_query_search_context" => Ok(GeneratedField::DisableQuerySearchContext),
                            "suggestionTriggerSettings" | "suggestion_trigger_settings" => Ok(GeneratedField::SuggestionTriggerSettings),
                            "queryConfig" | "query_config" => Ok(GeneratedField::QueryConfig),
                            "conversationModelConfig" | "conversation_model_config" => Ok(GeneratedField::ConversationModelConfig),
                            "conversationProcessConfig" | "conversation_process_config" => Ok(GeneratedField::ConversationProcessConfig),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::SuggestionFeatureConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionFeatureConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::SuggestionFeatureConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut suggestion_feature__ = None;
                let mut enable_event_based_suggestion__ = None;
                let mut disable_agent_query_logging__ = None;
                let mut enable_query_suggestion_when_no_answer__ = None;
                let mut enable_conversation_augmented_query__ = None;
                let mut enable_query_suggestion_only__ = None;
                let mut enable_response_debug_info__ = None;
                let mut rai_settings__ = None;
                let mut suggestion_trigger_event__ = None;
                let mut disable_query_search_context__ = None;
                let mut suggestion_trigger_settings__ = None;
                let mut query_config__ = None;
                let mut conversation_model_config__ = None;
                let mut conversation_process_config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SuggestionFeature => {
                            if suggestion_feature__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suggestionFeature"));
                            }
                            suggestion_feature__ = map_.next_value()?;
                        }
                        GeneratedField::EnableEventBasedSuggestion => {
                            if enable_event_based_suggestion__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableEventBasedSuggestion"));
                            }
                            enable_event_based_suggestion__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DisableAgentQueryLogging => {
                            if disable_agent_query_logging__.is_some() {
                                return Err(serde::de::Error::duplicate_field("disableAgentQueryLogging"));
                            }
                            disable_agent_query_logging__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnableQuerySuggestionWhenNoAnswer => {
                            if enable_query_suggestion_when_no_answer__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableQuerySuggestionWhenNoAnswer"));
                            }
                            enable_query_suggestion_when_no_answer__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnableConversationAugmentedQuery => {
                            if enable_conversation_augmented_query__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableConversationAugmentedQuery"));
                            }
                            enable_conversation_augmented_query__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnableQuerySuggestionOnly => {
                            if enable_query_suggestion_only__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableQuerySuggestionOnly"));
                            }
                            enable_query_suggestion_only__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnableResponseDebugInfo => {
                            if enable_response_debug_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableResponseDebugInfo"));
                            }
                            enable_response_debug_info__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RaiSettings => {
                            if rai_settings__.is_some() {
                                return Err(serde::de::Error::duplicate_field("raiSettings"));
                            }
                            rai_settings__ = map_.next_value()?;
                        }
                        GeneratedField::SuggestionTriggerEvent => {
                            if suggestion_trigger_event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suggestionTriggerEvent"));
                            }
                            suggestion_trigger_event__ = Some(map_.next_value::<crate::json::OpenEnum<TriggerEvent>>()?.0);
                        }
                        GeneratedField::DisableQuerySearchContext => {
                            if disable_query_search_context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("disableQuerySearchContext"));
                            }
                            disable_query_search_context__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SuggestionTriggerSettings => {
                            if suggestion_trigger_settings__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suggestionTriggerSettings"));
                            }
                            suggestion_trigger_settings__ = map_.next_value()?;
                        }
                        GeneratedField::QueryConfig => {
                            if query_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("queryConfig"));
                            }
                            query_config__ = map_.next_value()?;
                        }
                        GeneratedField::ConversationModelConfig => {
                            if conversation_model_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversationModelConfig"));
                            }
                            conversation_model_config__ = map_.next_value()?;
                        }
                        GeneratedField::ConversationProcessConfig => {
                            if conversation_process_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversationProcessConfig"));
                            }
                            conversation_process_config__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::SuggestionFeatureConfig {
                    suggestion_feature: suggestion_feature__,
                    enable_event_based_suggestion: enable_event_based_suggestion__.unwrap_or_default(),
                    disable_agent_query_logging: disable_agent_query_logging__.unwrap_or_default(),
                    enable_query_suggestion_when_no_answer: enable_query_suggestion_when_no_answer__.unwrap_or_default(),
                    enable_conversation_augmented_query: enable_conversation_augmented_query__.unwrap_or_default(),
                    enable_query_suggestion_only: enable_query_suggestion_only__.unwrap_or_default(),
                    enable_response_debug_info: enable_response_debug_info__.unwrap_or_default(),
                    rai_settings: rai_settings__,
                    suggestion_trigger_event: suggestion_trigger_event__.unwrap_or_default(),
                    disable_query_search_context: disable_query_search_context__.unwrap_or_default(),
                    suggestion_trigger_settings: suggestion_trigger_settings__,
                    query_config: query_config__,
                    conversation_model_config: conversation_model_config__,
                    conversation_process_config: conversation_process_config__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionFeatureConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::SuggestionQueryConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.max_results != 0 {
            len += 1;
        }
        if self.confidence_threshold != 0. {
            len += 1;
        }
        if self.context_filter_settings.is_some() {
            len += 1;
        }
        if self.sections.is_some() {
            len += 1;
        }
        if self.context_size != 0 {
            len += 1;
        }
        if self.query_source.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig", len)?;
        if self.max_results != 0 {
            struct_ser.serialize_field("maxResults", &self.max_results)?;
        }
        if self.confidence_threshold != 0. {
            struct_ser.serialize_field("confidenceThreshold", &self.confidence_threshold)?;
        }
        if let Some(v) = self.context_filter_settings.as_ref() {
            struct_ser.serialize_field("contextFilterSettings", v)?;
        }
        if let Some(v) = self.sections.as_ref() {
            struct_ser.serialize_field("sections", v)?;
        }
        if self.context_size != 0 {
            struct_ser.serialize_field("contextSize", &self.context_size)?;
        }
        if let Some(v) = self.query_source.as_ref() {
            match v {
                human_agent_assistant_config::suggestion_query_config::QuerySource::KnowledgeBaseQuerySource(v) => {
                    struct_ser.serialize_field("knowledgeBaseQuerySource", v)?;
                }
                human_agent_assistant_config::suggestion_query_config::QuerySource::DocumentQuerySource(v) => {
                    struct_ser.serialize_field("documentQuerySource", v)?;
                }
                human_agent_assistant_config::suggestion_query_config::QuerySource::DialogflowQuerySource(v) => {
                    struct_ser.serialize_field("dialogflowQuerySource", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::SuggestionQueryConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "max_results",
            "maxResults",
            "confidence_threshold",
            "confidenceThreshold",
            "context_filter_settings",
            "contextFilterSettings",
            "sections",
            "context_size",
            "contextSize",
            "knowledge_base_query_source",
            "knowledgeBaseQuerySource",
            "document_query_source",
            "documentQuerySource",
            "dialogflow_query_source",
            "dialogflowQuerySource",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxResults,
            ConfidenceThreshold,
            ContextFilterSettings,
            Sections,
            ContextSize,
            KnowledgeBaseQuerySource,
            DocumentQuerySource,
            DialogflowQuerySource,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "maxResults" | "max_results" => Ok(GeneratedField::MaxResults),
                            "confidenceThreshold" | "confidence_threshold" => Ok(GeneratedField::ConfidenceThreshold),
                            "contextFilterSettings" | "context_filter_settings" => Ok(GeneratedField::ContextFilterSettings),
                            "sections" => Ok(GeneratedField::Sections),
                            "contextSize" | "context_size" => Ok(GeneratedField::ContextSize),
                            "knowledgeBaseQuerySource" | "knowledge_base_query_source" => Ok(GeneratedField::KnowledgeBaseQuerySource),
                            "documentQuerySource" | "document_query_source" => Ok(GeneratedField::DocumentQuerySource),
                            "dialogflowQuerySource" | "dialogflow_query_source" => Ok(GeneratedField::DialogflowQuerySource),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::SuggestionQueryConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::SuggestionQueryConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_results__ = None;
                let mut confidence_threshold__ = None;
                let mut context_filter_settings__ = None;
                let mut sections__ = None;
                let mut context_size__ = None;
                let mut query_source__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MaxResults => {
                            if max_results__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxResults"));
                            }
                            max_results__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ConfidenceThreshold => {
                            if confidence_threshold__.is_some() {
                                return Err(serde::de::Error::duplicate_field("confidenceThreshold"));
                            }
                            confidence_threshold__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ContextFilterSettings => {
                            if context_filter_settings__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextFilterSettings"));
                            }
                            context_filter_settings__ = map_.next_value()?;
                        }
                        GeneratedField::Sections => {
                            if sections__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sections"));
                            }
                            sections__ = map_.next_value()?;
                        }
                        GeneratedField::ContextSize => {
                            if context_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextSize"));
                            }
                            context_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::KnowledgeBaseQuerySource => {
                            if query_source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("knowledgeBaseQuerySource"));
                            }
                            query_source__ = map_.next_value::<::std::option::Option<_>>()?.map(human_agent_assistant_config::suggestion_query_config::QuerySource::KnowledgeBaseQuerySource)
;
                        }
                        GeneratedField::DocumentQuerySource => {
                            if query_source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("documentQuerySource"));
                            }
                            query_source__ = map_.next_value::<::std::option::Option<_>>()?.map(human_agent_assistant_config::suggestion_query_config::QuerySource::DocumentQuerySource)
;
                        }
                        GeneratedField::DialogflowQuerySource => {
                            if query_source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dialogflowQuerySource"));
                            }
                            query_source__ = map_.next_value::<::std::option::Option<_>>()?.map(human_agent_assistant_config::suggestion_query_config::QuerySource::DialogflowQuerySource)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::SuggestionQueryConfig {
                    max_results: max_results__.unwrap_or_default(),
                    confidence_threshold: confidence_threshold__.unwrap_or_default(),
                    context_filter_settings: context_filter_settings__,
                    sections: sections__,
                    context_size: context_size__.unwrap_or_default(),
                    query_source: query_source__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::suggestion_query_config::ContextFilterSettings {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.drop_handoff_messages {
            len += 1;
        }
        if self.drop_virtual_agent_messages {
            len += 1;
        }
        if self.drop_ivr_messages {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.ContextFilterSettings", len)?;
        if self.drop_handoff_messages {
            struct_ser.serialize_field("dropHandoffMessages", &self.drop_handoff_messages)?;
        }
        if self.drop_virtual_agent_messages {
            struct_ser.serialize_field("dropVirtualAgentMessages", &self.drop_virtual_agent_messages)?;
        }
        if self.drop_ivr_messages {
            struct_ser.serialize_field("dropIvrMessages", &self.drop_ivr_messages)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::suggestion_query_config::ContextFilterSettings {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "drop_handoff_messages",
            "dropHandoffMessages",
            "drop_virtual_agent_messages",
            "dropVirtualAgentMessages",
            "drop_ivr_messages",
            "dropIvrMessages",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DropHandoffMessages,
            DropVirtualAgentMessages,
            DropIvrMessages,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "dropHandoffMessages" | "drop_handoff_messages" => Ok(GeneratedField::DropHandoffMessages),
                            "dropVirtualAgentMessages" | "drop_virtual_agent_messages" => Ok(GeneratedField::DropVirtualAgentMessages),
                            "dropIvrMessages" | "drop_ivr_messages" => Ok(GeneratedField::DropIvrMessages),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::suggestion_query_config::ContextFilterSettings;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.ContextFilterSettings")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::suggestion_query_config::ContextFilterSettings, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut drop_handoff_messages__ = None;
                let mut drop_virtual_agent_messages__ = None;
                let mut drop_ivr_messages__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DropHandoffMessages => {
                            if drop_handoff_messages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dropHandoffMessages"));
                            }
                            drop_handoff_messages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DropVirtualAgentMessages => {
                            if drop_virtual_agent_messages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dropVirtualAgentMessages"));
                            }
                            drop_virtual_agent_messages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DropIvrMessages => {
                            if drop_ivr_messages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dropIvrMessages"));
                            }
                            drop_ivr_messages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::suggestion_query_config::ContextFilterSettings {
                    drop_handoff_messages: drop_handoff_messages__.unwrap_or_default(),
                    drop_virtual_agent_messages: drop_virtual_agent_messages__.unwrap_or_default(),
                    drop_ivr_messages: drop_ivr_messages__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.ContextFilterSettings", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::suggestion_query_config::DialogflowQuerySource {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.agent.is_empty() {
            len += 1;
        }
        if self.human_agent_side_config.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.DialogflowQuerySource", len)?;
        if !self.agent.is_empty() {
            struct_ser.serialize_field("agent", &self.agent)?;
        }
        if let Some(v) = self.human_agent_side_config.as_ref() {
            struct_ser.serialize_field("humanAgentSideConfig", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::suggestion_query_config::DialogflowQuerySource {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "agent",
            "human_agent_side_config",
            "humanAgentSideConfig",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Agent,
            HumanAgentSideConfig,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "agent" => Ok(GeneratedField::Agent),
                            "humanAgentSideConfig" | "human_agent_side_config" => Ok(GeneratedField::HumanAgentSideConfig),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::suggestion_query_config::DialogflowQuerySource;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.DialogflowQuerySource")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::suggestion_query_config::DialogflowQuerySource, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut agent__ = None;
                let mut human_agent_side_config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Agent => {
                            if agent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agent"));
                            }
                            agent__ = Some(map_.next_value()?);
                        }
                        GeneratedField::HumanAgentSideConfig => {
                            if human_agent_side_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("humanAgentSideConfig"));
                            }
                            human_agent_side_config__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::suggestion_query_config::DialogflowQuerySource {
                    agent: agent__.unwrap_or_default(),
                    human_agent_side_config: human_agent_side_config__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.DialogflowQuerySource", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::suggestion_query_config::dialogflow_query_source::HumanAgentSideConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.agent.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.DialogflowQuerySource.HumanAgentSideConfig", len)?;
        if !self.agent.is_empty() {
            struct_ser.serialize_field("agent", &self.agent)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::suggestion_query_config::dialogflow_query_source::HumanAgentSideConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "agent",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Agent,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "agent" => Ok(GeneratedField::Agent),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::suggestion_query_config::dialogflow_query_source::HumanAgentSideConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.DialogflowQuerySource.HumanAgentSideConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::suggestion_query_config::dialogflow_query_source::HumanAgentSideConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut agent__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Agent => {
                            if agent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agent"));
                            }
                            agent__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::suggestion_query_config::dialogflow_query_source::HumanAgentSideConfig {
                    agent: agent__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.DialogflowQuerySource.HumanAgentSideConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::suggestion_query_config::DocumentQuerySource {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.documents.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.DocumentQuerySource", len)?;
        if !self.documents.is_empty() {
            struct_ser.serialize_field("documents", &self.documents)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::suggestion_query_config::DocumentQuerySource {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "documents",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Documents,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "documents" => Ok(GeneratedField::Documents),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::suggestion_query_config::DocumentQuerySource;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.DocumentQuerySource")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::suggestion_query_config::DocumentQuerySource, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut documents__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Documents => {
                            if documents__.is_some() {
                                return Err(serde::de::Error::duplicate_field("documents"));
                            }
                            documents__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::suggestion_query_config::DocumentQuerySource {
                    documents: documents__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.DocumentQuerySource", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::suggestion_query_config::KnowledgeBaseQuerySource {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.knowledge_bases.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.KnowledgeBaseQuerySource", len)?;
        if !self.knowledge_bases.is_empty() {
            struct_ser.serialize_field("knowledgeBases", &self.knowledge_bases)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::suggestion_query_config::KnowledgeBaseQuerySource {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "knowledge_bases",
            "knowledgeBases",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            KnowledgeBases,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "knowledgeBases" | "knowledge_bases" => Ok(GeneratedField::KnowledgeBases),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::suggestion_query_config::KnowledgeBaseQuerySource;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.KnowledgeBaseQuerySource")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::suggestion_query_config::KnowledgeBaseQuerySource, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut knowledge_bases__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::KnowledgeBases => {
                            if knowledge_bases__.is_some() {
                                return Err(serde::de::Error::duplicate_field("knowledgeBases"));
                            }
                            knowledge_bases__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::suggestion_query_config::KnowledgeBaseQuerySource {
                    knowledge_bases: knowledge_bases__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.KnowledgeBaseQuerySource", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::suggestion_query_config::Sections {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.section_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.Sections", len)?;
        if !self.section_types.is_empty() {
            let v = self.section_types.iter().cloned().map(|v| {
                crate::json::OpenEnum::<human_agent_assistant_config::suggestion_query_config::sections::SectionType>::from_number(v)
                    .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", v)))
                }).collect::<std::result::Result<Vec<_>, _>>()?;
            struct_ser.serialize_field("sectionTypes", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::suggestion_query_config::Sections {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "section_types",
            "sectionTypes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SectionTypes,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "sectionTypes" | "section_types" => Ok(GeneratedField::SectionTypes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::suggestion_query_config::Sections;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.Sections")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::suggestion_query_config::Sections, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut section_types__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SectionTypes => {
                            if section_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sectionTypes"));
                            }
                            section_types__ = Some(map_.next_value::<Vec<crate::json::OpenEnum<human_agent_assistant_config::suggestion_query_config::sections::SectionType>>>()?.into_iter().map(|x| x.0).collect());
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::suggestion_query_config::Sections {
                    section_types: section_types__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionQueryConfig.Sections", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::suggestion_query_config::sections::SectionType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SECTION_TYPE_UNSPECIFIED",
            Self::Situation => "SITUATION",
            Self::Action => "ACTION",
            Self::Resolution => "RESOLUTION",
            Self::ReasonForCancellation => "REASON_FOR_CANCELLATION",
            Self::CustomerSatisfaction => "CUSTOMER_SATISFACTION",
            Self::Entities => "ENTITIES",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::suggestion_query_config::sections::SectionType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SECTION_TYPE_UNSPECIFIED",
            "SITUATION",
            "ACTION",
            "RESOLUTION",
            "REASON_FOR_CANCELLATION",
            "CUSTOMER_SATISFACTION",
            "ENTITIES",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = human_agent_assistant_config::suggestion_query_config::sections::SectionType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "SECTION_TYPE_UNSPECIFIED" => Ok(human_agent_assistant_config::suggestion_query_config::sections::SectionType::Unspecified),
                    "SITUATION" => Ok(human_agent_assistant_config::suggestion_query_config::sections::SectionType::Situation),
                    "ACTION" => Ok(human_agent_assistant_config::suggestion_query_config::sections::SectionType::Action),
                    "RESOLUTION" => Ok(human_agent_assistant_config::suggestion_query_config::sections::SectionType::Resolution),
                    "REASON_FOR_CANCELLATION" => Ok(human_agent_assistant_config::suggestion_query_config::sections::SectionType::ReasonForCancellation),
                    "CUSTOMER_SATISFACTION" => Ok(human_agent_assistant_config::suggestion_query_config::sections::SectionType::CustomerSatisfaction),
                    "ENTITIES" => Ok(human_agent_assistant_config::suggestion_query_config::sections::SectionType::Entities),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_assistant_config::SuggestionTriggerSettings {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.no_smalltalk {
            len += 1;
        }
        if self.only_end_user {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionTriggerSettings", len)?;
        if self.no_smalltalk {
            struct_ser.serialize_field("noSmalltalk", &self.no_smalltalk)?;
        }
        if self.only_end_user {
            struct_ser.serialize_field("onlyEndUser", &self.only_end_user)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_assistant_config::SuggestionTriggerSettings {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "no_smalltalk",
            "noSmalltalk",
            "only_end_user",
            "onlyEndUser",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NoSmalltalk,
            OnlyEndUser,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "noSmalltalk" | "no_smalltalk" => Ok(GeneratedField::NoSmalltalk),
                            "onlyEndUser" | "only_end_user" => Ok(GeneratedField::OnlyEndUser),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_assistant_config::SuggestionTriggerSettings;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionTriggerSettings")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_assistant_config::SuggestionTriggerSettings, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut no_smalltalk__ = None;
                let mut only_end_user__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::NoSmalltalk => {
                            if no_smalltalk__.is_some() {
                                return Err(serde::de::Error::duplicate_field("noSmalltalk"));
                            }
                            no_smalltalk__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OnlyEndUser => {
                            if only_end_user__.is_some() {
                                return Err(serde::de::Error::duplicate_field("onlyEndUser"));
                            }
                            only_end_user__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_assistant_config::SuggestionTriggerSettings {
                    no_smalltalk: no_smalltalk__.unwrap_or_default(),
                    only_end_user: only_end_user__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentAssistantConfig.SuggestionTriggerSettings", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HumanAgentHandoffConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.agent_service.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentHandoffConfig", len)?;
        if let Some(v) = self.agent_service.as_ref() {
            match v {
                human_agent_handoff_config::AgentService::LivePersonConfig(v) => {
                    struct_ser.serialize_field("livePersonConfig", v)?;
                }
                human_agent_handoff_config::AgentService::SalesforceLiveAgentConfig(v) => {
                    struct_ser.serialize_field("salesforceLiveAgentConfig", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HumanAgentHandoffConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "live_person_config",
            "livePersonConfig",
            "salesforce_live_agent_config",
            "salesforceLiveAgentConfig",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            LivePersonConfig,
            SalesforceLiveAgentConfig,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "livePersonConfig" | "live_person_config" => Ok(GeneratedField::LivePersonConfig),
                            "salesforceLiveAgentConfig" | "salesforce_live_agent_config" => Ok(GeneratedField::SalesforceLiveAgentConfig),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HumanAgentHandoffConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentHandoffConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<HumanAgentHandoffConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut agent_service__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::LivePersonConfig => {
                            if agent_service__.is_some() {
                                return Err(serde::de::Error::duplicate_field("livePersonConfig"));
                            }
                            agent_service__ = map_.next_value::<::std::option::Option<_>>()?.map(human_agent_handoff_config::AgentService::LivePersonConfig)
;
                        }
                        GeneratedField::SalesforceLiveAgentConfig => {
                            if agent_service__.is_some() {
                                return Err(serde::de::Error::duplicate_field("salesforceLiveAgentConfig"));
                            }
                            agent_service__ = map_.next_value::<::std::option::Option<_>>()?.map(human_agent_handoff_config::AgentService::SalesforceLiveAgentConfig)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(HumanAgentHandoffConfig {
                    agent_service: agent_service__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentHandoffConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_handoff_config::LivePersonConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.account_number.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentHandoffConfig.LivePersonConfig", len)?;
        if !self.account_number.is_empty() {
            struct_ser.serialize_field("accountNumber", &self.account_number)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_handoff_config::LivePersonConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "account_number",
            "accountNumber",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AccountNumber,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "accountNumber" | "account_number" => Ok(GeneratedField::AccountNumber),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_handoff_config::LivePersonConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentHandoffConfig.LivePersonConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_handoff_config::LivePersonConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut account_number__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AccountNumber => {
                            if account_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("accountNumber"));
                            }
                            account_number__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_handoff_config::LivePersonConfig {
                    account_number: account_number__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentHandoffConfig.LivePersonConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for human_agent_handoff_config::SalesforceLiveAgentConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_id.is_empty() {
            len += 1;
        }
        if !self.deployment_id.is_empty() {
            len += 1;
        }
        if !self.button_id.is_empty() {
            len += 1;
        }
        if !self.endpoint_domain.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.HumanAgentHandoffConfig.SalesforceLiveAgentConfig", len)?;
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if !self.deployment_id.is_empty() {
            struct_ser.serialize_field("deploymentId", &self.deployment_id)?;
        }
        if !self.button_id.is_empty() {
            struct_ser.serialize_field("buttonId", &self.button_id)?;
        }
        if !self.endpoint_domain.is_empty() {
            struct_ser.serialize_field("endpointDomain", &self.endpoint_domain)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for human_agent_handoff_config::SalesforceLiveAgentConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_id",
            "organizationId",
            "deployment_id",
            "deploymentId",
            "button_id",
            "buttonId",
            "endpoint_domain",
            "endpointDomain",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationId,
            DeploymentId,
            ButtonId,
            EndpointDomain,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationId" | "organization_id" => Ok(GeneratedField::OrganizationId),
                            "deploymentId" | "deployment_id" => Ok(GeneratedField::DeploymentId),
                            "buttonId" | "button_id" => Ok(GeneratedField::ButtonId),
                            "endpointDomain" | "endpoint_domain" => Ok(GeneratedField::EndpointDomain),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = human_agent_handoff_config::SalesforceLiveAgentConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.HumanAgentHandoffConfig.SalesforceLiveAgentConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<human_agent_handoff_config::SalesforceLiveAgentConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_id__ = None;
                let mut deployment_id__ = None;
                let mut button_id__ = None;
                let mut endpoint_domain__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationId => {
                            if organization_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationId"));
                            }
                            organization_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DeploymentId => {
                            if deployment_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentId"));
                            }
                            deployment_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ButtonId => {
                            if button_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("buttonId"));
                            }
                            button_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EndpointDomain => {
                            if endpoint_domain__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endpointDomain"));
                            }
                            endpoint_domain__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(human_agent_handoff_config::SalesforceLiveAgentConfig {
                    organization_id: organization_id__.unwrap_or_default(),
                    deployment_id: deployment_id__.unwrap_or_default(),
                    button_id: button_id__.unwrap_or_default(),
                    endpoint_domain: endpoint_domain__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.HumanAgentHandoffConfig.SalesforceLiveAgentConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for InferenceParameter {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.max_output_tokens.is_some() {
            len += 1;
        }
        if self.temperature.is_some() {
            len += 1;
        }
        if self.top_k.is_some() {
            len += 1;
        }
        if self.top_p.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.InferenceParameter", len)?;
        if let Some(v) = self.max_output_tokens.as_ref() {
            struct_ser.serialize_field("maxOutputTokens", v)?;
        }
        if let Some(v) = self.temperature.as_ref() {
            struct_ser.serialize_field("temperature", v)?;
        }
        if let Some(v) = self.top_k.as_ref() {
            struct_ser.serialize_field("topK", v)?;
        }
        if let Some(v) = self.top_p.as_ref() {
            struct_ser.serialize_field("topP", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for InferenceParameter {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "max_output_tokens",
            "maxOutputTokens",
            "temperature",
            "top_k",
            "topK",
            "top_p",
            "topP",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxOutputTokens,
            Temperature,
            TopK,
            TopP,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "maxOutputTokens" | "max_output_tokens" => Ok(GeneratedField::MaxOutputTokens),
                            "temperature" => Ok(GeneratedField::Temperature),
                            "topK" | "top_k" => Ok(GeneratedField::TopK),
                            "topP" | "top_p" => Ok(GeneratedField::TopP),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = InferenceParameter;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.InferenceParameter")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<InferenceParameter, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_output_tokens__ = None;
                let mut temperature__ = None;
                let mut top_k__ = None;
                let mut top_p__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MaxOutputTokens => {
                            if max_output_tokens__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxOutputTokens"));
                            }
                            max_output_tokens__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Temperature => {
                            if temperature__.is_some() {
                                return Err(serde::de::Error::duplicate_field("temperature"));
                            }
                            temperature__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::TopK => {
                            if top_k__.is_some() {
                                return Err(serde::de::Error::duplicate_field("topK"));
                            }
                            top_k__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::TopP => {
                            if top_p__.is_some() {
                                return Err(serde::de::Error::duplicate_field("topP"));
                            }
                            top_p__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(InferenceParameter {
                    max_output_tokens: max_output_tokens__,
                    temperature: temperature__,
                    top_k: top_k__,
                    top_p: top_p__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.InferenceParameter", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for IngestContextReferencesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.conversation.is_empty() {
            len += 1;
        }
        if !self.context_references.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.IngestContextReferencesRequest", len)?;
        if !self.conversation.is_empty() {
            struct_ser.serialize_field("conversation", &self.conversation)?;
        }
        if !self.context_references.is_empty() {
            struct_ser.serialize_field("contextReferences", &self.context_references)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for IngestContextReferencesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "conversation",
            "context_references",
            "contextReferences",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Conversation,
            ContextReferences,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "conversation" => Ok(GeneratedField::Conversation),
                            "contextReferences" | "context_references" => Ok(GeneratedField::ContextReferences),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = IngestContextReferencesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.IngestContextReferencesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<IngestContextReferencesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut conversation__ = None;
                let mut context_references__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Conversation => {
                            if conversation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversation"));
                            }
                            conversation__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContextReferences => {
                            if context_references__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextReferences"));
                            }
                            context_references__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IngestContextReferencesRequest {
                    conversation: conversation__.unwrap_or_default(),
                    context_references: context_references__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.IngestContextReferencesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for IngestContextReferencesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.ingested_context_references.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.IngestContextReferencesResponse", len)?;
        if !self.ingested_context_references.is_empty() {
            struct_ser.serialize_field("ingestedContextReferences", &self.ingested_context_references)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for IngestContextReferencesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ingested_context_references",
            "ingestedContextReferences",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            IngestedContextReferences,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "ingestedContextReferences" | "ingested_context_references" => Ok(GeneratedField::IngestedContextReferences),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = IngestContextReferencesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.IngestContextReferencesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<IngestContextReferencesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut ingested_context_references__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::IngestedContextReferences => {
                            if ingested_context_references__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ingestedContextReferences"));
                            }
                            ingested_context_references__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IngestContextReferencesResponse {
                    ingested_context_references: ingested_context_references__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.IngestContextReferencesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for IngestedContextReferenceDebugInfo {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.project_not_allowlisted {
            len += 1;
        }
        if self.context_reference_retrieved {
            len += 1;
        }
        if !self.ingested_parameters_debug_info.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.IngestedContextReferenceDebugInfo", len)?;
        if self.project_not_allowlisted {
            struct_ser.serialize_field("projectNotAllowlisted", &self.project_not_allowlisted)?;
        }
        if self.context_reference_retrieved {
            struct_ser.serialize_field("contextReferenceRetrieved", &self.context_reference_retrieved)?;
        }
        if !self.ingested_parameters_debug_info.is_empty() {
            struct_ser.serialize_field("ingestedParametersDebugInfo", &self.ingested_parameters_debug_info)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for IngestedContextReferenceDebugInfo {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "project_not_allowlisted",
            "projectNotAllowlisted",
            "context_reference_retrieved",
            "contextReferenceRetrieved",
            "ingested_parameters_debug_info",
            "ingestedParametersDebugInfo",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ProjectNotAllowlisted,
            ContextReferenceRetrieved,
            IngestedParametersDebugInfo,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "projectNotAllowlisted" | "project_not_allowlisted" => Ok(GeneratedField::ProjectNotAllowlisted),
                            "contextReferenceRetrieved" | "context_reference_retrieved" => Ok(GeneratedField::ContextReferenceRetrieved),
                            "ingestedParametersDebugInfo" | "ingested_parameters_debug_info" => Ok(GeneratedField::IngestedParametersDebugInfo),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = IngestedContextReferenceDebugInfo;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.IngestedContextReferenceDebugInfo")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<IngestedContextReferenceDebugInfo, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut project_not_allowlisted__ = None;
                let mut context_reference_retrieved__ = None;
                let mut ingested_parameters_debug_info__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ProjectNotAllowlisted => {
                            if project_not_allowlisted__.is_some() {
                                return Err(serde::de::Error::duplicate_field("projectNotAllowlisted"));
                            }
                            project_not_allowlisted__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContextReferenceRetrieved => {
                            if context_reference_retrieved__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextReferenceRetrieved"));
                            }
                            context_reference_retrieved__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IngestedParametersDebugInfo => {
                            if ingested_parameters_debug_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ingestedParametersDebugInfo"));
                            }
                            ingested_parameters_debug_info__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IngestedContextReferenceDebugInfo {
                    project_not_allowlisted: project_not_allowlisted__.unwrap_or_default(),
                    context_reference_retrieved: context_reference_retrieved__.unwrap_or_default(),
                    ingested_parameters_debug_info: ingested_parameters_debug_info__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.IngestedContextReferenceDebugInfo", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ingested_context_reference_debug_info::IngestedParameterDebugInfo {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parameter.is_empty() {
            len += 1;
        }
        if self.ingestion_status != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.IngestedContextReferenceDebugInfo.IngestedParameterDebugInfo", len)?;
        if !self.parameter.is_empty() {
            struct_ser.serialize_field("parameter", &self.parameter)?;
        }
        if self.ingestion_status != 0 {
            let v = crate::json::OpenEnum::<ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus>::from_number(self.ingestion_status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.ingestion_status)))?;
            struct_ser.serialize_field("ingestionStatus", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ingested_context_reference_debug_info::IngestedParameterDebugInfo {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parameter",
            "ingestion_status",
            "ingestionStatus",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parameter,
            IngestionStatus,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "parameter" => Ok(GeneratedField::Parameter),
                            "ingestionStatus" | "ingestion_status" => Ok(GeneratedField::IngestionStatus),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ingested_context_reference_debug_info::IngestedParameterDebugInfo;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.IngestedContextReferenceDebugInfo.IngestedParameterDebugInfo")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ingested_context_reference_debug_info::IngestedParameterDebugInfo, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parameter__ = None;
                let mut ingestion_status__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parameter => {
                            if parameter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameter"));
                            }
                            parameter__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IngestionStatus => {
                            if ingestion_status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ingestionStatus"));
                            }
                            ingestion_status__ = Some(map_.next_value::<crate::json::OpenEnum<ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ingested_context_reference_debug_info::IngestedParameterDebugInfo {
                    parameter: parameter__.unwrap_or_default(),
                    ingestion_status: ingestion_status__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.IngestedContextReferenceDebugInfo.IngestedParameterDebugInfo", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "INGESTION_STATUS_UNSPECIFIED",
            Self::Succeeded => "INGESTION_STATUS_SUCCEEDED",
            Self::ContextNotAvailable => "INGESTION_STATUS_CONTEXT_NOT_AVAILABLE",
            Self::ParseFailed => "INGESTION_STATUS_PARSE_FAILED",
            Self::InvalidEntry => "INGESTION_STATUS_INVALID_ENTRY",
            Self::InvalidFormat => "INGESTION_STATUS_INVALID_FORMAT",
            Self::LanguageMismatch => "INGESTION_STATUS_LANGUAGE_MISMATCH",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "INGESTION_STATUS_UNSPECIFIED",
            "INGESTION_STATUS_SUCCEEDED",
            "INGESTION_STATUS_CONTEXT_NOT_AVAILABLE",
            "INGESTION_STATUS_PARSE_FAILED",
            "INGESTION_STATUS_INVALID_ENTRY",
            "INGESTION_STATUS_INVALID_FORMAT",
            "INGESTION_STATUS_LANGUAGE_MISMATCH",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "INGESTION_STATUS_UNSPECIFIED" => Ok(ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus::Unspecified),
                    "INGESTION_STATUS_SUCCEEDED" => Ok(ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus::Succeeded),
                    "INGESTION_STATUS_CONTEXT_NOT_AVAILABLE" => Ok(ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus::ContextNotAvailable),
                    "INGESTION_STATUS_PARSE_FAILED" => Ok(ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus::ParseFailed),
                    "INGESTION_STATUS_INVALID_ENTRY" => Ok(ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus::InvalidEntry),
                    "INGESTION_STATUS_INVALID_FORMAT" => Ok(ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus::InvalidFormat),
                    "INGESTION_STATUS_LANGUAGE_MISMATCH" => Ok(ingested_context_reference_debug_info::ingested_parameter_debug_info::IngestionStatus::LanguageMismatch),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ListConversationsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parent.is_empty() {
            len += 1;
        }
        if self.page_size != 0 {
            len += 1;
        }
        if !self.page_token.is_empty() {
            len += 1;
        }
        if !self.filter.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ListConversationsRequest", len)?;
        if !self.parent.is_empty() {
            struct_ser.serialize_field("parent", &self.parent)?;
        }
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if !self.filter.is_empty() {
            struct_ser.serialize_field("filter", &self.filter)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListConversationsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parent",
            "page_size",
            "pageSize",
            "page_token",
            "pageToken",
            "filter",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parent,
            PageSize,
            PageToken,
            Filter,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "parent" => Ok(GeneratedField::Parent),
                            "pageSize" | "page_size" => Ok(GeneratedField::PageSize),
                            "pageToken" | "page_token" => Ok(GeneratedField::PageToken),
                            "filter" => Ok(GeneratedField::Filter),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListConversationsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ListConversationsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListConversationsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parent__ = None;
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut filter__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parent => {
                            if parent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parent"));
                            }
                            parent__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PageSize => {
                            if page_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageSize"));
                            }
                            page_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PageToken => {
                            if page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageToken"));
                            }
                            page_token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Filter => {
                            if filter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filter"));
                            }
                            filter__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListConversationsRequest {
                    parent: parent__.unwrap_or_default(),
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    filter: filter__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ListConversationsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListConversationsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.conversations.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ListConversationsResponse", len)?;
        if !self.conversations.is_empty() {
            struct_ser.serialize_field("conversations", &self.conversations)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListConversationsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "conversations",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Conversations,
            NextPageToken,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "conversations" => Ok(GeneratedField::Conversations),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListConversationsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ListConversationsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListConversationsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut conversations__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Conversations => {
                            if conversations__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversations"));
                            }
                            conversations__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListConversationsResponse {
                    conversations: conversations__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ListConversationsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListMessagesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parent.is_empty() {
            len += 1;
        }
        if !self.filter.is_empty() {
            len += 1;
        }
        if self.page_size != 0 {
            len += 1;
        }
        if !self.page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ListMessagesRequest", len)?;
        if !self.parent.is_empty() {
            struct_ser.serialize_field("parent", &self.parent)?;
        }
        if !self.filter.is_empty() {
            struct_ser.serialize_field("filter", &self.filter)?;
        }
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListMessagesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parent",
            "filter",
            "page_size",
            "pageSize",
            "page_token",
            "pageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parent,
            Filter,
            PageSize,
            PageToken,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "parent" => Ok(GeneratedField::Parent),
                            "filter" => Ok(GeneratedField::Filter),
                            "pageSize" | "page_size" => Ok(GeneratedField::PageSize),
                            "pageToken" | "page_token" => Ok(GeneratedField::PageToken),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListMessagesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ListMessagesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListMessagesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parent__ = None;
                let mut filter__ = None;
                let mut page_size__ = None;
                let mut page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parent => {
                            if parent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parent"));
                            }
                            parent__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Filter => {
                            if filter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filter"));
                            }
                            filter__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PageSize => {
                            if page_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageSize"));
                            }
                            page_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PageToken => {
                            if page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageToken"));
                            }
                            page_token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListMessagesRequest {
                    parent: parent__.unwrap_or_default(),
                    filter: filter__.unwrap_or_default(),
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ListMessagesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListMessagesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.messages.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ListMessagesResponse", len)?;
        if !self.messages.is_empty() {
            struct_ser.serialize_field("messages", &self.messages)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListMessagesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "messages",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Messages,
            NextPageToken,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "messages" => Ok(GeneratedField::Messages),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListMessagesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ListMessagesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListMessagesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut messages__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Messages => {
                            if messages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messages"));
                            }
                            messages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListMessagesResponse {
                    messages: messages__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ListMessagesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LoggingConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.enable_stackdriver_logging {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.LoggingConfig", len)?;
        if self.enable_stackdriver_logging {
            struct_ser.serialize_field("enableStackdriverLogging", &self.enable_stackdriver_logging)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LoggingConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "enable_stackdriver_logging",
            "enableStackdriverLogging",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EnableStackdriverLogging,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "enableStackdriverLogging" | "enable_stackdriver_logging" => Ok(GeneratedField::EnableStackdriverLogging),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LoggingConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.LoggingConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LoggingConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut enable_stackdriver_logging__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EnableStackdriverLogging => {
                            if enable_stackdriver_logging__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableStackdriverLogging"));
                            }
                            enable_stackdriver_logging__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(LoggingConfig {
                    enable_stackdriver_logging: enable_stackdriver_logging__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.LoggingConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Message {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.content.is_empty() {
            len += 1;
        }
        if !self.language_code.is_empty() {
            len += 1;
        }
        if !self.participant.is_empty() {
            len += 1;
        }
        if self.participant_role != 0 {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.send_time.is_some() {
            len += 1;
        }
        if self.message_annotation.is_some() {
            len += 1;
        }
        if self.sentiment_analysis.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Message", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.content.is_empty() {
            struct_ser.serialize_field("content", &self.content)?;
        }
        if !self.language_code.is_empty() {
            struct_ser.serialize_field("languageCode", &self.language_code)?;
        }
        if !self.participant.is_empty() {
            struct_ser.serialize_field("participant", &self.participant)?;
        }
        if self.participant_role != 0 {
            let v = crate::json::OpenEnum::<participant::Role>::from_number(self.participant_role)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.participant_role)))?;
            struct_ser.serialize_field("participantRole", &v)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.send_time.as_ref() {
            struct_ser.serialize_field("sendTime", v)?;
        }
        if let Some(v) = self.message_annotation.as_ref() {
            struct_ser.serialize_field("messageAnnotation", v)?;
        }
        if let Some(v) = self.sentiment_analysis.as_ref() {
            struct_ser.serialize_field("sentimentAnalysis", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Message {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "content",
            "language_code",
            "languageCode",
            "participant",
            "participant_role",
            "participantRole",
            "create_time",
            "createTime",
            "send_time",
            "sendTime",
            "message_annotation",
            "messageAnnotation",
            "sentiment_analysis",
            "sentimentAnalysis",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Content,
            LanguageCode,
            Participant,
            ParticipantRole,
            CreateTime,
            SendTime,
            MessageAnnotation,
            SentimentAnalysis,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "content" => Ok(GeneratedField::Content),
                            "languageCode" | "language_code" => Ok(GeneratedField::LanguageCode),
                            "participant" => Ok(GeneratedField::Participant),
                            "participantRole" | "participant_role" => Ok(GeneratedField::ParticipantRole),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "sendTime" | "send_time" => Ok(GeneratedField::SendTime),
                            "messageAnnotation" | "message_annotation" => Ok(GeneratedField::MessageAnnotation),
                            "sentimentAnalysis" | "sentiment_analysis" => Ok(GeneratedField::SentimentAnalysis),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Message;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Message")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Message, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut content__ = None;
                let mut language_code__ = None;
                let mut participant__ = None;
                let mut participant_role__ = None;
                let mut create_time__ = None;
                let mut send_time__ = None;
                let mut message_annotation__ = None;
                let mut sentiment_analysis__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LanguageCode => {
                            if language_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("languageCode"));
                            }
                            language_code__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Participant => {
                            if participant__.is_some() {
                                return Err(serde::de::Error::duplicate_field("participant"));
                            }
                            participant__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ParticipantRole => {
                            if participant_role__.is_some() {
                                return Err(serde::de::Error::duplicate_field("participantRole"));
                            }
                            participant_role__ = Some(map_.next_value::<crate::json::OpenEnum<participant::Role>>()?.0);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::SendTime => {
                            if send_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sendTime"));
                            }
                            send_time__ = map_.next_value()?;
                        }
                        GeneratedField::MessageAnnotation => {
                            if message_annotation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messageAnnotation"));
                            }
                            message_annotation__ = map_.next_value()?;
                        }
                        GeneratedField::SentimentAnalysis => {
                            if sentiment_analysis__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sentimentAnalysis"));
                            }
                            sentiment_analysis__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Message {
                    name: name__.unwrap_or_default(),
                    content: content__.unwrap_or_default(),
                    language_code: language_code__.unwrap_or_default(),
                    participant: participant__.unwrap_or_default(),
                    participant_role: participant_role__.unwrap_or_default(),
                    create_time: create_time__,
                    send_time: send_time__,
                    message_annotation: message_annotation__,
                    sentiment_analysis: sentiment_analysis__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Message", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MessageAnnotation {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parts.is_empty() {
            len += 1;
        }
        if self.contain_entities {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.MessageAnnotation", len)?;
        if !self.parts.is_empty() {
            struct_ser.serialize_field("parts", &self.parts)?;
        }
        if self.contain_entities {
            struct_ser.serialize_field("containEntities", &self.contain_entities)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MessageAnnotation {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parts",
            "contain_entities",
            "containEntities",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parts,
            ContainEntities,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "parts" => Ok(GeneratedField::Parts),
                            "containEntities" | "contain_entities" => Ok(GeneratedField::ContainEntities),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MessageAnnotation;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.MessageAnnotation")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MessageAnnotation, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parts__ = None;
                let mut contain_entities__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parts => {
                            if parts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parts"));
                            }
                            parts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContainEntities => {
                            if contain_entities__.is_some() {
                                return Err(serde::de::Error::duplicate_field("containEntities"));
                            }
                            contain_entities__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(MessageAnnotation {
                    parts: parts__.unwrap_or_default(),
                    contain_entities: contain_entities__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.MessageAnnotation", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MessageEntry {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.role != 0 {
            len += 1;
        }
        if !self.text.is_empty() {
            len += 1;
        }
        if !self.language_code.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.MessageEntry", len)?;
        if self.role != 0 {
            let v = crate::json::OpenEnum::<message_entry::Role>::from_number(self.role)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.role)))?;
            struct_ser.serialize_field("role", &v)?;
        }
        if !self.text.is_empty() {
            struct_ser.serialize_field("text", &self.text)?;
        }
        if !self.language_code.is_empty() {
            struct_ser.serialize_field("languageCode", &self.language_code)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MessageEntry {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "role",
            "text",
            "language_code",
            "languageCode",
            "create_time",
            "createTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Role,
            Text,
            LanguageCode,
            CreateTime,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "role" => Ok(GeneratedField::Role),
                            "text" => Ok(GeneratedField::Text),
                            "languageCode" | "language_code" => Ok(GeneratedField::LanguageCode),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MessageEntry;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.MessageEntry")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MessageEntry, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut role__ = None;
                let mut text__ = None;
                let mut language_code__ = None;
                let mut create_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Role => {
                            if role__.is_some() {
                                return Err(serde::de::Error::duplicate_field("role"));
                            }
                            role__ = Some(map_.next_value::<crate::json::OpenEnum<message_entry::Role>>()?.0);
                        }
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LanguageCode => {
                            if language_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("languageCode"));
                            }
                            language_code__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(MessageEntry {
                    role: role__.unwrap_or_default(),
                    text: text__.unwrap_or_default(),
                    language_code: language_code__.unwrap_or_default(),
                    create_time: create_time__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.MessageEntry", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for message_entry::Role {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "ROLE_UNSPECIFIED",
            Self::HumanAgent => "HUMAN_AGENT",
            Self::AutomatedAgent => "AUTOMATED_AGENT",
            Self::EndUser => "END_USER",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for message_entry::Role {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ROLE_UNSPECIFIED",
            "HUMAN_AGENT",
            "AUTOMATED_AGENT",
            "END_USER",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = message_entry::Role;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "ROLE_UNSPECIFIED" => Ok(message_entry::Role::Unspecified),
                    "HUMAN_AGENT" => Ok(message_entry::Role::HumanAgent),
                    "AUTOMATED_AGENT" => Ok(message_entry::Role::AutomatedAgent),
                    "END_USER" => Ok(message_entry::Role::EndUser),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for NotificationConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.topic.is_empty() {
            len += 1;
        }
        if self.message_format != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.NotificationConfig", len)?;
        if !self.topic.is_empty() {
            struct_ser.serialize_field("topic", &self.topic)?;
        }
        if self.message_format != 0 {
            let v = crate::json::OpenEnum::<notification_config::MessageFormat>::from_number(self.message_format)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.message_format)))?;
            struct_ser.serialize_field("messageFormat", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for NotificationConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "topic",
            "message_format",
            "messageFormat",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Topic,
            MessageFormat,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "topic" => Ok(GeneratedField::Topic),
                            "messageFormat" | "message_format" => Ok(GeneratedField::MessageFormat),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = NotificationConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.NotificationConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<NotificationConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut topic__ = None;
                let mut message_format__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Topic => {
                            if topic__.is_some() {
                                return Err(serde::de::Error::duplicate_field("topic"));
                            }
                            topic__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MessageFormat => {
                            if message_format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messageFormat"));
                            }
                            message_format__ = Some(map_.next_value::<crate::json::OpenEnum<notification_config::MessageFormat>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(NotificationConfig {
                    topic: topic__.unwrap_or_default(),
                    message_format: message_format__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.NotificationConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for notification_config::MessageFormat {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "MESSAGE_FORMAT_UNSPECIFIED",
            Self::Proto => "PROTO",
            Self::Json => "JSON",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for notification_config::MessageFormat {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "MESSAGE_FORMAT_UNSPECIFIED",
            "PROTO",
            "JSON",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = notification_config::MessageFormat;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "MESSAGE_FORMAT_UNSPECIFIED" => Ok(notification_config::MessageFormat::Unspecified),
                    "PROTO" => Ok(notification_config::MessageFormat::Proto),
                    "JSON" => Ok(notification_config::MessageFormat::Json),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Participant {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if self.role != 0 {
            len += 1;
        }
        if !self.sip_recording_media_label.is_empty() {
            len += 1;
        }
        if !self.obfuscated_external_user_id.is_empty() {
            len += 1;
        }
        if !self.documents_metadata_filters.is_empty() {
            len += 1;
        }
        if self.agent_desktop_source != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Participant", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.role != 0 {
            let v = crate::json::OpenEnum::<participant::Role>::from_number(self.role)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.role)))?;
            struct_ser.serialize_field("role", &v)?;
        }
        if !self.sip_recording_media_label.is_empty() {
            struct_ser.serialize_field("sipRecordingMediaLabel", &self.sip_recording_media_label)?;
        }
        if !self.obfuscated_external_user_id.is_empty() {
            struct_ser.serialize_field("obfuscatedExternalUserId", &self.obfuscated_external_user_id)?;
        }
        if !self.documents_metadata_filters.is_empty() {
            struct_ser.serialize_field("documentsMetadataFilters", &self.documents_metadata_filters)?;
        }
        if self.agent_desktop_source != 0 {
            let v = crate::json::OpenEnum::<participant::AgentDesktopSource>::from_number(self.agent_desktop_source)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.agent_desktop_source)))?;
            struct_ser.serialize_field("agentDesktopSource", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Participant {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "role",
            "sip_recording_media_label",
            "sipRecordingMediaLabel",
            "obfuscated_external_user_id",
            "obfuscatedExternalUserId",
            "documents_metadata_filters",
            "documentsMetadataFilters",
            "agent_desktop_source",
            "agentDesktopSource",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Role,
            SipRecordingMediaLabel,
            ObfuscatedExternalUserId,
            DocumentsMetadataFilters,
            AgentDesktopSource,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "role" => Ok(GeneratedField::Role),
                            "sipRecordingMediaLabel" | "sip_recording_media_label" => Ok(GeneratedField::SipRecordingMediaLabel),
                            "obfuscatedExternalUserId" | "obfuscated_external_user_id" => Ok(GeneratedField::ObfuscatedExternalUserId),
                            "documentsMetadataFilters" | "documents_metadata_filters" => Ok(GeneratedField::DocumentsMetadataFilters),
                            "agentDesktopSource" | "agent_desktop_source" => Ok(GeneratedField::AgentDesktopSource),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Participant;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Participant")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Participant, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut role__ = None;
                let mut sip_recording_media_label__ = None;
                let mut obfuscated_external_user_id__ = None;
                let mut documents_metadata_filters__ = None;
                let mut agent_desktop_source__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Role => {
                            if role__.is_some() {
                                return Err(serde::de::Error::duplicate_field("role"));
                            }
                            role__ = Some(map_.next_value::<crate::json::OpenEnum<participant::Role>>()?.0);
                        }
                        GeneratedField::SipRecordingMediaLabel => {
                            if sip_recording_media_label__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sipRecordingMediaLabel"));
                            }
                            sip_recording_media_label__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ObfuscatedExternalUserId => {
                            if obfuscated_external_user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("obfuscatedExternalUserId"));
                            }
                            obfuscated_external_user_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DocumentsMetadataFilters => {
                            if documents_metadata_filters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("documentsMetadataFilters"));
                            }
                            documents_metadata_filters__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::AgentDesktopSource => {
                            if agent_desktop_source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentDesktopSource"));
                            }
                            agent_desktop_source__ = Some(map_.next_value::<crate::json::OpenEnum<participant::AgentDesktopSource>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Participant {
                    name: name__.unwrap_or_default(),
                    role: role__.unwrap_or_default(),
                    sip_recording_media_label: sip_recording_media_label__.unwrap_or_default(),
                    obfuscated_external_user_id: obfuscated_external_user_id__.unwrap_or_default(),
                    documents_metadata_filters: documents_metadata_filters__.unwrap_or_default(),
                    agent_desktop_source: agent_desktop_source__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Participant", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for participant::AgentDesktopSource {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "AGENT_DESKTOP_SOURCE_UNSPECIFIED",
            Self::LivePerson => "LIVE_PERSON",
            Self::GenesysCloud => "GENESYS_CLOUD",
            Self::Twilio => "TWILIO",
            Self::Salesforce => "SALESFORCE",
            Self::Other => "OTHER",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for participant::AgentDesktopSource {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "AGENT_DESKTOP_SOURCE_UNSPECIFIED",
            "LIVE_PERSON",
            "GENESYS_CLOUD",
            "TWILIO",
            "SALESFORCE",
            "OTHER",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = participant::AgentDesktopSource;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "AGENT_DESKTOP_SOURCE_UNSPECIFIED" => Ok(participant::AgentDesktopSource::Unspecified),
                    "LIVE_PERSON" => Ok(participant::AgentDesktopSource::LivePerson),
                    "GENESYS_CLOUD" => Ok(participant::AgentDesktopSource::GenesysCloud),
                    "TWILIO" => Ok(participant::AgentDesktopSource::Twilio),
                    "SALESFORCE" => Ok(participant::AgentDesktopSource::Salesforce),
                    "OTHER" => Ok(participant::AgentDesktopSource::Other),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for participant::Role {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "ROLE_UNSPECIFIED",
            Self::HumanAgent => "HUMAN_AGENT",
            Self::AutomatedAgent => "AUTOMATED_AGENT",
            Self::EndUser => "END_USER",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for participant::Role {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ROLE_UNSPECIFIED",
            "HUMAN_AGENT",
            "AUTOMATED_AGENT",
            "END_USER",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = participant::Role;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "ROLE_UNSPECIFIED" => Ok(participant::Role::Unspecified),
                    "HUMAN_AGENT" => Ok(participant::Role::HumanAgent),
                    "AUTOMATED_AGENT" => Ok(participant::Role::AutomatedAgent),
                    "END_USER" => Ok(participant::Role::EndUser),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for RaiSettings {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.rai_category_configs.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.RaiSettings", len)?;
        if !self.rai_category_configs.is_empty() {
            struct_ser.serialize_field("raiCategoryConfigs", &self.rai_category_configs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RaiSettings {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "rai_category_configs",
            "raiCategoryConfigs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RaiCategoryConfigs,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "raiCategoryConfigs" | "rai_category_configs" => Ok(GeneratedField::RaiCategoryConfigs),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RaiSettings;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.RaiSettings")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RaiSettings, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut rai_category_configs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RaiCategoryConfigs => {
                            if rai_category_configs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("raiCategoryConfigs"));
                            }
                            rai_category_configs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RaiSettings {
                    rai_category_configs: rai_category_configs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.RaiSettings", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for rai_settings::RaiCategoryConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.category != 0 {
            len += 1;
        }
        if self.sensitivity_level != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.RaiSettings.RaiCategoryConfig", len)?;
        if self.category != 0 {
            let v = crate::json::OpenEnum::<rai_settings::rai_category_config::RaiCategory>::from_number(self.category)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.category)))?;
            struct_ser.serialize_field("category", &v)?;
        }
        if self.sensitivity_level != 0 {
            let v = crate::json::OpenEnum::<rai_settings::rai_category_config::SensitivityLevel>::from_number(self.sensitivity_level)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.sensitivity_level)))?;
            struct_ser.serialize_field("sensitivityLevel", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for rai_settings::RaiCategoryConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "category",
            "sensitivity_level",
            "sensitivityLevel",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Category,
            SensitivityLevel,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "category" => Ok(GeneratedField::Category),
                            "sensitivityLevel" | "sensitivity_level" => Ok(GeneratedField::SensitivityLevel),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = rai_settings::RaiCategoryConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.RaiSettings.RaiCategoryConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<rai_settings::RaiCategoryConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut category__ = None;
                let mut sensitivity_level__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Category => {
                            if category__.is_some() {
                                return Err(serde::de::Error::duplicate_field("category"));
                            }
                            category__ = Some(map_.next_value::<crate::json::OpenEnum<rai_settings::rai_category_config::RaiCategory>>()?.0);
                        }
                        GeneratedField::SensitivityLevel => {
                            if sensitivity_level__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sensitivityLevel"));
                            }
                            sensitivity_level__ = Some(map_.next_value::<crate::json::OpenEnum<rai_settings::rai_category_config::SensitivityLevel>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(rai_settings::RaiCategoryConfig {
                    category: category__.unwrap_or_default(),
                    sensitivity_level: sensitivity_level__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.RaiSettings.RaiCategoryConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for rai_settings::rai_category_config::RaiCategory {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "RAI_CATEGORY_UNSPECIFIED",
            Self::DangerousContent => "DANGEROUS_CONTENT",
            Self::SexuallyExplicit => "SEXUALLY_EXPLICIT",
            Self::Harassment => "HARASSMENT",
            Self::HateSpeech => "HATE_SPEECH",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for rai_settings::rai_category_config::RaiCategory {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "RAI_CATEGORY_UNSPECIFIED",
            "DANGEROUS_CONTENT",
            "SEXUALLY_EXPLICIT",
            "HARASSMENT",
            "HATE_SPEECH",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = rai_settings::rai_category_config::RaiCategory;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "RAI_CATEGORY_UNSPECIFIED" => Ok(rai_settings::rai_category_config::RaiCategory::Unspecified),
                    "DANGEROUS_CONTENT" => Ok(rai_settings::rai_category_config::RaiCategory::DangerousContent),
                    "SEXUALLY_EXPLICIT" => Ok(rai_settings::rai_category_config::RaiCategory::SexuallyExplicit),
                    "HARASSMENT" => Ok(rai_settings::rai_category_config::RaiCategory::Harassment),
                    "HATE_SPEECH" => Ok(rai_settings::rai_category_config::RaiCategory::HateSpeech),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for rai_settings::rai_category_config::SensitivityLevel {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SENSITIVITY_LEVEL_UNSPECIFIED",
            Self::BlockMost => "BLOCK_MOST",
            Self::BlockSome => "BLOCK_SOME",
            Self::BlockFew => "BLOCK_FEW",
            Self::BlockNone => "BLOCK_NONE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for rai_settings::rai_category_config::SensitivityLevel {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SENSITIVITY_LEVEL_UNSPECIFIED",
            "BLOCK_MOST",
            "BLOCK_SOME",
            "BLOCK_FEW",
            "BLOCK_NONE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = rai_settings::rai_category_config::SensitivityLevel;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "SENSITIVITY_LEVEL_UNSPECIFIED" => Ok(rai_settings::rai_category_config::SensitivityLevel::Unspecified),
                    "BLOCK_MOST" => Ok(rai_settings::rai_category_config::SensitivityLevel::BlockMost),
                    "BLOCK_SOME" => Ok(rai_settings::rai_category_config::SensitivityLevel::BlockSome),
                    "BLOCK_FEW" => Ok(rai_settings::rai_category_config::SensitivityLevel::BlockFew),
                    "BLOCK_NONE" => Ok(rai_settings::rai_category_config::SensitivityLevel::BlockNone),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for SearchKnowledgeAnswer {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.answer.is_empty() {
            len += 1;
        }
        if self.answer_type != 0 {
            len += 1;
        }
        if !self.answer_sources.is_empty() {
            len += 1;
        }
        if !self.answer_record.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeAnswer", len)?;
        if !self.answer.is_empty() {
            struct_ser.serialize_field("answer", &self.answer)?;
        }
        if self.answer_type != 0 {
            let v = crate::json::OpenEnum::<search_knowledge_answer::AnswerType>::from_number(self.answer_type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.answer_type)))?;
            struct_ser.serialize_field("answerType", &v)?;
        }
        if !self.answer_sources.is_empty() {
            struct_ser.serialize_field("answerSources", &self.answer_sources)?;
        }
        if !self.answer_record.is_empty() {
            struct_ser.serialize_field("answerRecord", &self.answer_record)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SearchKnowledgeAnswer {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "answer",
            "answer_type",
            "answerType",
            "answer_sources",
            "answerSources",
            "answer_record",
            "answerRecord",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Answer,
            AnswerType,
            AnswerSources,
            AnswerRecord,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "answer" => Ok(GeneratedField::Answer),
                            "answerType" | "answer_type" => Ok(GeneratedField::AnswerType),
                            "answerSources" | "answer_sources" => Ok(GeneratedField::AnswerSources),
                            "answerRecord" | "answer_record" => Ok(GeneratedField::AnswerRecord),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SearchKnowledgeAnswer;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeAnswer")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SearchKnowledgeAnswer, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut answer__ = None;
                let mut answer_type__ = None;
                let mut answer_sources__ = None;
                let mut answer_record__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Answer => {
                            if answer__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answer"));
                            }
                            answer__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AnswerType => {
                            if answer_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answerType"));
                            }
                            answer_type__ = Some(map_.next_value::<crate::json::OpenEnum<search_knowledge_answer::AnswerType>>()?.0);
                        }
                        GeneratedField::AnswerSources => {
                            if answer_sources__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answerSources"));
                            }
                            answer_sources__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AnswerRecord => {
                            if answer_record__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answerRecord"));
                            }
                            answer_record__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SearchKnowledgeAnswer {
                    answer: answer__.unwrap_or_default(),
                    answer_type: answer_type__.unwrap_or_default(),
                    answer_sources: answer_sources__.unwrap_or_default(),
                    answer_record: answer_record__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeAnswer", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_answer::AnswerSource {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.title.is_empty() {
            len += 1;
        }
        if !self.uri.is_empty() {
            len += 1;
        }
        if !self.snippet.is_empty() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeAnswer.AnswerSource", len)?;
        if !self.title.is_empty() {
            struct_ser.serialize_field("title", &self.title)?;
        }
        if !self.uri.is_empty() {
            struct_ser.serialize_field("uri", &self.uri)?;
        }
        if !self.snippet.is_empty() {
            struct_ser.serialize_field("snippet", &self.snippet)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_answer::AnswerSource {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "title",
            "uri",
            "snippet",
            "metadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Title,
            Uri,
            Snippet,
            Metadata,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "title" => Ok(GeneratedField::Title),
                            "uri" => Ok(GeneratedField::Uri),
                            "snippet" => Ok(GeneratedField::Snippet),
                            "metadata" => Ok(GeneratedField::Metadata),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = search_knowledge_answer::AnswerSource;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeAnswer.AnswerSource")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<search_knowledge_answer::AnswerSource, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut title__ = None;
                let mut uri__ = None;
                let mut snippet__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Title => {
                            if title__.is_some() {
                                return Err(serde::de::Error::duplicate_field("title"));
                            }
                            title__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Uri => {
                            if uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uri"));
                            }
                            uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Snippet => {
                            if snippet__.is_some() {
                                return Err(serde::de::Error::duplicate_field("snippet"));
                            }
                            snippet__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(search_knowledge_answer::AnswerSource {
                    title: title__.unwrap_or_default(),
                    uri: uri__.unwrap_or_default(),
                    snippet: snippet__.unwrap_or_default(),
                    metadata: metadata__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeAnswer.AnswerSource", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_answer::AnswerType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "ANSWER_TYPE_UNSPECIFIED",
            Self::Faq => "FAQ",
            Self::Generative => "GENERATIVE",
            Self::Intent => "INTENT",
            Self::Playbook => "PLAYBOOK",
            Self::Event => "EVENT",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_answer::AnswerType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ANSWER_TYPE_UNSPECIFIED",
            "FAQ",
            "GENERATIVE",
            "INTENT",
            "PLAYBOOK",
            "EVENT",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = search_knowledge_answer::AnswerType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "ANSWER_TYPE_UNSPECIFIED" => Ok(search_knowledge_answer::AnswerType::Unspecified),
                    "FAQ" => Ok(search_knowledge_answer::AnswerType::Faq),
                    "GENERATIVE" => Ok(search_knowledge_answer::AnswerType::Generative),
                    "INTENT" => Ok(search_knowledge_answer::AnswerType::Intent),
                    "PLAYBOOK" => Ok(search_knowledge_answer::AnswerType::Playbook),
                    "EVENT" => Ok(search_knowledge_answer::AnswerType::Event),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for SearchKnowledgeDebugInfo {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.datastore_response_reason != 0 {
            len += 1;
        }
        if self.search_knowledge_behavior.is_some() {
            len += 1;
        }
        if self.ingested_context_reference_debug_info.is_some() {
            len += 1;
        }
        if self.service_latency.is_some() {
            len += 1;
        }
        if self.ces_debug_info.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeDebugInfo", len)?;
        if self.datastore_response_reason != 0 {
            let v = crate::json::OpenEnum::<DatastoreResponseReason>::from_number(self.datastore_response_reason)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.datastore_response_reason)))?;
            struct_ser.serialize_field("datastoreResponseReason", &v)?;
        }
        if let Some(v) = self.search_knowledge_behavior.as_ref() {
            struct_ser.serialize_field("searchKnowledgeBehavior", v)?;
        }
        if let Some(v) = self.ingested_context_reference_debug_info.as_ref() {
            struct_ser.serialize_field("ingestedContextReferenceDebugInfo", v)?;
        }
        if let Some(v) = self.service_latency.as_ref() {
            struct_ser.serialize_field("serviceLatency", v)?;
        }
        if let Some(v) = self.ces_debug_info.as_ref() {
            struct_ser.serialize_field("cesDebugInfo", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SearchKnowledgeDebugInfo {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "datastore_response_reason",
            "datastoreResponseReason",
            "search_knowledge_behavior",
            "searchKnowledgeBehavior",
            "ingested_context_reference_debug_info",
            "ingestedContextReferenceDebugInfo",
            "service_latency",
            "serviceLatency",
            "ces_debug_info",
            "cesDebugInfo",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DatastoreResponseReason,
            SearchKnowledgeBehavior,
            IngestedContextReferenceDebugInfo,
            ServiceLatency,
            CesDebugInfo,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "datastoreResponseReason" | "datastore_response_reason" => Ok(GeneratedField::DatastoreResponseReason),
                            "searchKnowledgeBehavior" | "search_knowledge_behavior" => Ok(GeneratedField::SearchKnowledgeBehavior),
                            "ingestedContextReferenceDebugInfo" | "ingested_context_reference_debug_info" => Ok(GeneratedField::IngestedContextReferenceDebugInfo),
                            "serviceLatency" | "service_latency" => Ok(GeneratedField::ServiceLatency),
                            "cesDebugInfo" | "ces_debug_info" => Ok(GeneratedField::CesDebugInfo),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SearchKnowledgeDebugInfo;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeDebugInfo")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SearchKnowledgeDebugInfo, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut datastore_response_reason__ = None;
                let mut search_knowledge_behavior__ = None;
                let mut ingested_context_reference_debug_info__ = None;
                let mut service_latency__ = None;
                let mut ces_debug_info__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DatastoreResponseReason => {
                            if datastore_response_reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("datastoreResponseReason"));
                            }
                            datastore_response_reason__ = Some(map_.next_value::<crate::json::OpenEnum<DatastoreResponseReason>>()?.0);
                        }
                        GeneratedField::SearchKnowledgeBehavior => {
                            if search_knowledge_behavior__.is_some() {
                                return Err(serde::de::Error::duplicate_field("searchKnowledgeBehavior"));
                            }
                            search_knowledge_behavior__ = map_.next_value()?;
                        }
                        GeneratedField::IngestedContextReferenceDebugInfo => {
                            if ingested_context_reference_debug_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ingestedContextReferenceDebugInfo"));
                            }
                            ingested_context_reference_debug_info__ = map_.next_value()?;
                        }
                        GeneratedField::ServiceLatency => {
                            if service_latency__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serviceLatency"));
                            }
                            service_latency__ = map_.next_value()?;
                        }
                        GeneratedField::CesDebugInfo => {
                            if ces_debug_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cesDebugInfo"));
                            }
                            ces_debug_info__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SearchKnowledgeDebugInfo {
                    datastore_response_reason: datastore_response_reason__.unwrap_or_default(),
                    search_knowledge_behavior: search_knowledge_behavior__,
                    ingested_context_reference_debug_info: ingested_context_reference_debug_info__,
                    service_latency: service_latency__,
                    ces_debug_info: ces_debug_info__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeDebugInfo", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_debug_info::SearchKnowledgeBehavior {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.answer_generation_rewriter_on {
            len += 1;
        }
        if self.end_user_metadata_included {
            len += 1;
        }
        if self.third_party_connector_allowed {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeDebugInfo.SearchKnowledgeBehavior", len)?;
        if self.answer_generation_rewriter_on {
            struct_ser.serialize_field("answerGenerationRewriterOn", &self.answer_generation_rewriter_on)?;
        }
        if self.end_user_metadata_included {
            struct_ser.serialize_field("endUserMetadataIncluded", &self.end_user_metadata_included)?;
        }
        if self.third_party_connector_allowed {
            struct_ser.serialize_field("thirdPartyConnectorAllowed", &self.third_party_connector_allowed)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_debug_info::SearchKnowledgeBehavior {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "answer_generation_rewriter_on",
            "answerGenerationRewriterOn",
            "end_user_metadata_included",
            "endUserMetadataIncluded",
            "third_party_connector_allowed",
            "thirdPartyConnectorAllowed",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AnswerGenerationRewriterOn,
            EndUserMetadataIncluded,
            ThirdPartyConnectorAllowed,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "answerGenerationRewriterOn" | "answer_generation_rewriter_on" => Ok(GeneratedField::AnswerGenerationRewriterOn),
                            "endUserMetadataIncluded" | "end_user_metadata_included" => Ok(GeneratedField::EndUserMetadataIncluded),
                            "thirdPartyConnectorAllowed" | "third_party_connector_allowed" => Ok(GeneratedField::ThirdPartyConnectorAllowed),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = search_knowledge_debug_info::SearchKnowledgeBehavior;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeDebugInfo.SearchKnowledgeBehavior")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<search_knowledge_debug_info::SearchKnowledgeBehavior, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut answer_generation_rewriter_on__ = None;
                let mut end_user_metadata_included__ = None;
                let mut third_party_connector_allowed__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AnswerGenerationRewriterOn => {
                            if answer_generation_rewriter_on__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answerGenerationRewriterOn"));
                            }
                            answer_generation_rewriter_on__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EndUserMetadataIncluded => {
                            if end_user_metadata_included__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endUserMetadataIncluded"));
                            }
                            end_user_metadata_included__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ThirdPartyConnectorAllowed => {
                            if third_party_connector_allowed__.is_some() {
                                return Err(serde::de::Error::duplicate_field("thirdPartyConnectorAllowed"));
                            }
                            third_party_connector_allowed__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(search_knowledge_debug_info::SearchKnowledgeBehavior {
                    answer_generation_rewriter_on: answer_generation_rewriter_on__.unwrap_or_default(),
                    end_user_metadata_included: end_user_metadata_included__.unwrap_or_default(),
                    third_party_connector_allowed: third_party_connector_allowed__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeDebugInfo.SearchKnowledgeBehavior", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SearchKnowledgeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parent.is_empty() {
            len += 1;
        }
        if self.query.is_some() {
            len += 1;
        }
        if !self.conversation_profile.is_empty() {
            len += 1;
        }
        if !self.session_id.is_empty() {
            len += 1;
        }
        if !self.conversation.is_empty() {
            len += 1;
        }
        if !self.latest_message.is_empty() {
            len += 1;
        }
        if self.query_source != 0 {
            len += 1;
        }
        if self.end_user_metadata.is_some() {
            len += 1;
        }
        if self.search_config.is_some() {
            len += 1;
        }
        if self.exact_search {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest", len)?;
        if !self.parent.is_empty() {
            struct_ser.serialize_field("parent", &self.parent)?;
        }
        if let Some(v) = self.query.as_ref() {
            struct_ser.serialize_field("query", v)?;
        }
        if !self.conversation_profile.is_empty() {
            struct_ser.serialize_field("conversationProfile", &self.conversation_profile)?;
        }
        if !self.session_id.is_empty() {
            struct_ser.serialize_field("sessionId", &self.session_id)?;
        }
        if !self.conversation.is_empty() {
            struct_ser.serialize_field("conversation", &self.conversation)?;
        }
        if !self.latest_message.is_empty() {
            struct_ser.serialize_field("latestMessage", &self.latest_message)?;
        }
        if self.query_source != 0 {
            let v = crate::json::OpenEnum::<search_knowledge_request::QuerySource>::from_number(self.query_source)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.query_source)))?;
            struct_ser.serialize_field("querySource", &v)?;
        }
        if let Some(v) = self.end_user_metadata.as_ref() {
            struct_ser.serialize_field("endUserMetadata", v)?;
        }
        if let Some(v) = self.search_config.as_ref() {
            struct_ser.serialize_field("searchConfig", v)?;
        }
        if self.exact_search {
            struct_ser.serialize_field("exactSearch", &self.exact_search)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SearchKnowledgeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parent",
            "query",
            "conversation_profile",
            "conversationProfile",
            "session_id",
            "sessionId",
            "conversation",
            "latest_message",
            "latestMessage",
            "query_source",
            "querySource",
            "end_user_metadata",
            "endUserMetadata",
            "search_config",
            "searchConfig",
            "exact_search",
            "exactSearch",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parent,
            Query,
            ConversationProfile,
            SessionId,
            Conversation,
            LatestMessage,
            QuerySource,
            EndUserMetadata,
            SearchConfig,
            ExactSearch,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "parent" => Ok(GeneratedField::Parent),
                            "query" => Ok(GeneratedField::Query),
                            "conversationProfile" | "conversation_profile" => Ok(GeneratedField::ConversationProfile),
                            "sessionId" | "session_id" => Ok(GeneratedField::SessionId),
                            "conversation" => Ok(GeneratedField::Conversation),
                            "latestMessage" | "latest_message" => Ok(GeneratedField::LatestMessage),
                            "querySource" | "query_source" => Ok(GeneratedField::QuerySource),
                            "endUserMetadata" | "end_user_metadata" => Ok(GeneratedField::EndUserMetadata),
                            "searchConfig" | "search_config" => Ok(GeneratedField::SearchConfig),
                            "exactSearch" | "exact_search" => Ok(GeneratedField::ExactSearch),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SearchKnowledgeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SearchKnowledgeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parent__ = None;
                let mut query__ = None;
                let mut conversation_profile__ = None;
                let mut session_id__ = None;
                let mut conversation__ = None;
                let mut latest_message__ = None;
                let mut query_source__ = None;
                let mut end_user_metadata__ = None;
                let mut search_config__ = None;
                let mut exact_search__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parent => {
                            if parent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parent"));
                            }
                            parent__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Query => {
                            if query__.is_some() {
                                return Err(serde::de::Error::duplicate_field("query"));
                            }
                            query__ = map_.next_value()?;
                        }
                        GeneratedField::ConversationProfile => {
                            if conversation_profile__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversationProfile"));
                            }
                            conversation_profile__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SessionId => {
                            if session_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sessionId"));
                            }
                            session_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Conversation => {
                            if conversation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversation"));
                            }
                            conversation__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LatestMessage => {
                            if latest_message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("latestMessage"));
                            }
                            latest_message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::QuerySource => {
                            if query_source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("querySource"));
                            }
                            query_source__ = Some(map_.next_value::<crate::json::OpenEnum<search_knowledge_request::QuerySource>>()?.0);
                        }
                        GeneratedField::EndUserMetadata => {
                            if end_user_metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endUserMetadata"));
                            }
                            end_user_metadata__ = map_.next_value()?;
                        }
                        GeneratedField::SearchConfig => {
                            if search_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("searchConfig"));
                            }
                            search_config__ = map_.next_value()?;
                        }
                        GeneratedField::ExactSearch => {
                            if exact_search__.is_some() {
                                return Err(serde::de::Error::duplicate_field("exactSearch"));
                            }
                            exact_search__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SearchKnowledgeRequest {
                    parent: parent__.unwrap_or_default(),
                    query: query__,
                    conversation_profile: conversation_profile__.unwrap_or_default(),
                    session_id: session_id__.unwrap_or_default(),
                    conversation: conversation__.unwrap_or_default(),
                    latest_message: latest_message__.unwrap_or_default(),
                    query_source: query_source__.unwrap_or_default(),
                    end_user_metadata: end_user_metadata__,
                    search_config: search_config__,
                    exact_search: exact_search__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_request::QuerySource {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "QUERY_SOURCE_UNSPECIFIED",
            Self::AgentQuery => "AGENT_QUERY",
            Self::SuggestedQuery => "SUGGESTED_QUERY",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_request::QuerySource {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "QUERY_SOURCE_UNSPECIFIED",
            "AGENT_QUERY",
            "SUGGESTED_QUERY",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = search_knowledge_request::QuerySource;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "QUERY_SOURCE_UNSPECIFIED" => Ok(search_knowledge_request::QuerySource::Unspecified),
                    "AGENT_QUERY" => Ok(search_knowledge_request::QuerySource::AgentQuery),
                    "SUGGESTED_QUERY" => Ok(search_knowledge_request::QuerySource::SuggestedQuery),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_request::SearchConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.boost_specs.is_empty() {
            len += 1;
        }
        if !self.filter_specs.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig", len)?;
        if !self.boost_specs.is_empty() {
            struct_ser.serialize_field("boostSpecs", &self.boost_specs)?;
        }
        if !self.filter_specs.is_empty() {
            struct_ser.serialize_field("filterSpecs", &self.filter_specs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_request::SearchConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "boost_specs",
            "boostSpecs",
            "filter_specs",
            "filterSpecs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            BoostSpecs,
            FilterSpecs,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "boostSpecs" | "boost_specs" => Ok(GeneratedField::BoostSpecs),
                            "filterSpecs" | "filter_specs" => Ok(GeneratedField::FilterSpecs),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = search_knowledge_request::SearchConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<search_knowledge_request::SearchConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut boost_specs__ = None;
                let mut filter_specs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::BoostSpecs => {
                            if boost_specs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("boostSpecs"));
                            }
                            boost_specs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FilterSpecs => {
                            if filter_specs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filterSpecs"));
                            }
                            filter_specs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(search_knowledge_request::SearchConfig {
                    boost_specs: boost_specs__.unwrap_or_default(),
                    filter_specs: filter_specs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_request::search_config::BoostSpecs {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.data_stores.is_empty() {
            len += 1;
        }
        if !self.spec.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs", len)?;
        if !self.data_stores.is_empty() {
            struct_ser.serialize_field("dataStores", &self.data_stores)?;
        }
        if !self.spec.is_empty() {
            struct_ser.serialize_field("spec", &self.spec)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_request::search_config::BoostSpecs {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "data_stores",
            "dataStores",
            "spec",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DataStores,
            Spec,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "dataStores" | "data_stores" => Ok(GeneratedField::DataStores),
                            "spec" => Ok(GeneratedField::Spec),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = search_knowledge_request::search_config::BoostSpecs;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<search_knowledge_request::search_config::BoostSpecs, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut data_stores__ = None;
                let mut spec__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DataStores => {
                            if data_stores__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dataStores"));
                            }
                            data_stores__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Spec => {
                            if spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("spec"));
                            }
                            spec__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(search_knowledge_request::search_config::BoostSpecs {
                    data_stores: data_stores__.unwrap_or_default(),
                    spec: spec__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_request::search_config::boost_specs::BoostSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.condition_boost_specs.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec", len)?;
        if !self.condition_boost_specs.is_empty() {
            struct_ser.serialize_field("conditionBoostSpecs", &self.condition_boost_specs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_request::search_config::boost_specs::BoostSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "condition_boost_specs",
            "conditionBoostSpecs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ConditionBoostSpecs,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "conditionBoostSpecs" | "condition_boost_specs" => Ok(GeneratedField::ConditionBoostSpecs),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = search_knowledge_request::search_config::boost_specs::BoostSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<search_knowledge_request::search_config::boost_specs::BoostSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut condition_boost_specs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ConditionBoostSpecs => {
                            if condition_boost_specs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conditionBoostSpecs"));
                            }
                            condition_boost_specs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(search_knowledge_request::search_config::boost_specs::BoostSpec {
                    condition_boost_specs: condition_boost_specs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_request::search_config::boost_specs::boost_spec::ConditionBoostSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.condition.is_empty() {
            len += 1;
        }
        if self.boost != 0. {
            len += 1;
        }
        if self.boost_control_spec.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.ConditionBoostSpec", len)?;
        if !self.condition.is_empty() {
            struct_ser.serialize_field("condition", &self.condition)?;
        }
        if self.boost != 0. {
            struct_ser.serialize_field("boost", &self.boost)?;
        }
        if let Some(v) = self.boost_control_spec.as_ref() {
            struct_ser.serialize_field("boostControlSpec", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_request::search_config::boost_specs::boost_spec::ConditionBoostSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "condition",
            "boost",
            "boost_control_spec",
            "boostControlSpec",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Condition,
            Boost,
            BoostControlSpec,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "condition" => Ok(GeneratedField::Condition),
                            "boost" => Ok(GeneratedField::Boost),
                            "boostControlSpec" | "boost_control_spec" => Ok(GeneratedField::BoostControlSpec),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = search_knowledge_request::search_config::boost_specs::boost_spec::ConditionBoostSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.ConditionBoostSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<search_knowledge_request::search_config::boost_specs::boost_spec::ConditionBoostSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut condition__ = None;
                let mut boost__ = None;
                let mut boost_control_spec__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Condition => {
                            if condition__.is_some() {
                                return Err(serde::de::Error::duplicate_field("condition"));
                            }
                            condition__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Boost => {
                            if boost__.is_some() {
                                return Err(serde::de::Error::duplicate_field("boost"));
                            }
                            boost__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::BoostControlSpec => {
                            if boost_control_spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("boostControlSpec"));
                            }
                            boost_control_spec__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(search_knowledge_request::search_config::boost_specs::boost_spec::ConditionBoostSpec {
                    condition: condition__.unwrap_or_default(),
                    boost: boost__.unwrap_or_default(),
                    boost_control_spec: boost_control_spec__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.ConditionBoostSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::BoostControlSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.field_name.is_empty() {
            len += 1;
        }
        if self.attribute_type != 0 {
            len += 1;
        }
        if self.interpolation_type != 0 {
            len += 1;
        }
        if !self.control_points.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.ConditionBoostSpec.BoostControlSpec", len)?;
        if !self.field_name.is_empty() {
            struct_ser.serialize_field("fieldName", &self.field_name)?;
        }
        if self.attribute_type != 0 {
            let v = crate::json::OpenEnum::<search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::AttributeType>::from_number(self.attribute_type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.attribute_type)))?;
            struct_ser.serialize_field("attributeType", &v)?;
        }
        if self.interpolation_type != 0 {
            let v = crate::json::OpenEnum::<search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::InterpolationType>::from_number(self.interpolation_type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.interpolation_type)))?;
            struct_ser.serialize_field("interpolationType", &v)?;
        }
        if !self.control_points.is_empty() {
            struct_ser.serialize_field("controlPoints", &self.control_points)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::BoostControlSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "field_name",
            "fieldName",
            "attribute_type",
            "attributeType",
            "interpolation_type",
            "interpolationType",
            "control_points",
            "controlPoints",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            FieldName,
            AttributeType,
            InterpolationType,
            ControlPoints,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "fieldName" | "field_name" => Ok(GeneratedField::FieldName),
                            "attributeType" | "attribute_type" => Ok(GeneratedField::AttributeType),
                            "interpolationType" | "interpolation_type" => Ok(GeneratedField::InterpolationType),
                            "controlPoints" | "control_points" => Ok(GeneratedField::ControlPoints),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::BoostControlSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.ConditionBoostSpec.BoostControlSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::BoostControlSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut field_name__ = None;
                let mut attribute_type__ = None;
                let mut interpolation_type__ = None;
                let mut control_points__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::FieldName => {
                            if field_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldName"));
                            }
                            field_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AttributeType => {
                            if attribute_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attributeType"));
                            }
                            attribute_type__ = Some(map_.next_value::<crate::json::OpenEnum<search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::AttributeType>>()?.0);
                        }
                        GeneratedField::InterpolationType => {
                            if interpolation_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("interpolationType"));
                            }
                            interpolation_type__ = Some(map_.next_value::<crate::json::OpenEnum<search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::InterpolationType>>()?.0);
                        }
                        GeneratedField::ControlPoints => {
                            if control_points__.is_some() {
                                return Err(serde::de::Error::duplicate_field("controlPoints"));
                            }
                            control_points__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::BoostControlSpec {
                    field_name: field_name__.unwrap_or_default(),
                    attribute_type: attribute_type__.unwrap_or_default(),
                    interpolation_type: interpolation_type__.unwrap_or_default(),
                    control_points: control_points__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.ConditionBoostSpec.BoostControlSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::AttributeType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "ATTRIBUTE_TYPE_UNSPECIFIED",
            Self::Numerical => "NUMERICAL",
            Self::Freshness => "FRESHNESS",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::AttributeType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ATTRIBUTE_TYPE_UNSPECIFIED",
            "NUMERICAL",
            "FRESHNESS",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::AttributeType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "ATTRIBUTE_TYPE_UNSPECIFIED" => Ok(search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::AttributeType::Unspecified),
                    "NUMERICAL" => Ok(search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::AttributeType::Numerical),
                    "FRESHNESS" => Ok(search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::AttributeType::Freshness),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::ControlPoint {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.attribute_value.is_empty() {
            len += 1;
        }
        if self.boost_amount != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.ConditionBoostSpec.BoostControlSpec.ControlPoint", len)?;
        if !self.attribute_value.is_empty() {
            struct_ser.serialize_field("attributeValue", &self.attribute_value)?;
        }
        if self.boost_amount != 0. {
            struct_ser.serialize_field("boostAmount", &self.boost_amount)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::ControlPoint {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "attribute_value",
            "attributeValue",
            "boost_amount",
            "boostAmount",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AttributeValue,
            BoostAmount,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "attributeValue" | "attribute_value" => Ok(GeneratedField::AttributeValue),
                            "boostAmount" | "boost_amount" => Ok(GeneratedField::BoostAmount),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::ControlPoint;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.ConditionBoostSpec.BoostControlSpec.ControlPoint")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::ControlPoint, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut attribute_value__ = None;
                let mut boost_amount__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AttributeValue => {
                            if attribute_value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attributeValue"));
                            }
                            attribute_value__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BoostAmount => {
                            if boost_amount__.is_some() {
                                return Err(serde::de::Error::duplicate_field("boostAmount"));
                            }
                            boost_amount__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::ControlPoint {
                    attribute_value: attribute_value__.unwrap_or_default(),
                    boost_amount: boost_amount__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.BoostSpecs.BoostSpec.ConditionBoostSpec.BoostControlSpec.ControlPoint", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::InterpolationType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "INTERPOLATION_TYPE_UNSPECIFIED",
            Self::Linear => "LINEAR",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::InterpolationType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "INTERPOLATION_TYPE_UNSPECIFIED",
            "LINEAR",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::InterpolationType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "INTERPOLATION_TYPE_UNSPECIFIED" => Ok(search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::InterpolationType::Unspecified),
                    "LINEAR" => Ok(search_knowledge_request::search_config::boost_specs::boost_spec::condition_boost_spec::boost_control_spec::InterpolationType::Linear),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for search_knowledge_request::search_config::FilterSpecs {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.data_stores.is_empty() {
            len += 1;
        }
        if !self.filter.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.FilterSpecs", len)?;
        if !self.data_stores.is_empty() {
            struct_ser.serialize_field("dataStores", &self.data_stores)?;
        }
        if !self.filter.is_empty() {
            struct_ser.serialize_field("filter", &self.filter)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for search_knowledge_request::search_config::FilterSpecs {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "data_stores",
            "dataStores",
            "filter",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DataStores,
            Filter,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "dataStores" | "data_stores" => Ok(GeneratedField::DataStores),
                            "filter" => Ok(GeneratedField::Filter),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = search_knowledge_request::search_config::FilterSpecs;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.FilterSpecs")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<search_knowledge_request::search_config::FilterSpecs, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut data_stores__ = None;
                let mut filter__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DataStores => {
                            if data_stores__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dataStores"));
                            }
                            data_stores__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Filter => {
                            if filter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filter"));
                            }
                            filter__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(search_knowledge_request::search_config::FilterSpecs {
                    data_stores: data_stores__.unwrap_or_default(),
                    filter: filter__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeRequest.SearchConfig.FilterSpecs", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SearchKnowledgeResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.answers.is_empty() {
            len += 1;
        }
        if !self.rewritten_query.is_empty() {
            len += 1;
        }
        if self.search_knowledge_debug_info.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeResponse", len)?;
        if !self.answers.is_empty() {
            struct_ser.serialize_field("answers", &self.answers)?;
        }
        if !self.rewritten_query.is_empty() {
            struct_ser.serialize_field("rewrittenQuery", &self.rewritten_query)?;
        }
        if let Some(v) = self.search_knowledge_debug_info.as_ref() {
            struct_ser.serialize_field("searchKnowledgeDebugInfo", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SearchKnowledgeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "answers",
            "rewritten_query",
            "rewrittenQuery",
            "search_knowledge_debug_info",
            "searchKnowledgeDebugInfo",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Answers,
            RewrittenQuery,
            SearchKnowledgeDebugInfo,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "answers" => Ok(GeneratedField::Answers),
                            "rewrittenQuery" | "rewritten_query" => Ok(GeneratedField::RewrittenQuery),
                            "searchKnowledgeDebugInfo" | "search_knowledge_debug_info" => Ok(GeneratedField::SearchKnowledgeDebugInfo),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SearchKnowledgeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SearchKnowledgeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SearchKnowledgeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut answers__ = None;
                let mut rewritten_query__ = None;
                let mut search_knowledge_debug_info__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Answers => {
                            if answers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answers"));
                            }
                            answers__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RewrittenQuery => {
                            if rewritten_query__.is_some() {
                                return Err(serde::de::Error::duplicate_field("rewrittenQuery"));
                            }
                            rewritten_query__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SearchKnowledgeDebugInfo => {
                            if search_knowledge_debug_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("searchKnowledgeDebugInfo"));
                            }
                            search_knowledge_debug_info__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SearchKnowledgeResponse {
                    answers: answers__.unwrap_or_default(),
                    rewritten_query: rewritten_query__.unwrap_or_default(),
                    search_knowledge_debug_info: search_knowledge_debug_info__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SearchKnowledgeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Sentiment {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.score != 0. {
            len += 1;
        }
        if self.magnitude != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Sentiment", len)?;
        if self.score != 0. {
            struct_ser.serialize_field("score", &self.score)?;
        }
        if self.magnitude != 0. {
            struct_ser.serialize_field("magnitude", &self.magnitude)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Sentiment {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "score",
            "magnitude",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Score,
            Magnitude,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "score" => Ok(GeneratedField::Score),
                            "magnitude" => Ok(GeneratedField::Magnitude),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Sentiment;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Sentiment")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Sentiment, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut score__ = None;
                let mut magnitude__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Score => {
                            if score__.is_some() {
                                return Err(serde::de::Error::duplicate_field("score"));
                            }
                            score__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Magnitude => {
                            if magnitude__.is_some() {
                                return Err(serde::de::Error::duplicate_field("magnitude"));
                            }
                            magnitude__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Sentiment {
                    score: score__.unwrap_or_default(),
                    magnitude: magnitude__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Sentiment", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SentimentAnalysisResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.query_text_sentiment.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SentimentAnalysisResult", len)?;
        if let Some(v) = self.query_text_sentiment.as_ref() {
            struct_ser.serialize_field("queryTextSentiment", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SentimentAnalysisResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "query_text_sentiment",
            "queryTextSentiment",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            QueryTextSentiment,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "queryTextSentiment" | "query_text_sentiment" => Ok(GeneratedField::QueryTextSentiment),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SentimentAnalysisResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SentimentAnalysisResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SentimentAnalysisResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut query_text_sentiment__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::QueryTextSentiment => {
                            if query_text_sentiment__.is_some() {
                                return Err(serde::de::Error::duplicate_field("queryTextSentiment"));
                            }
                            query_text_sentiment__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SentimentAnalysisResult {
                    query_text_sentiment: query_text_sentiment__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SentimentAnalysisResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ServiceLatency {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.internal_service_latencies.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ServiceLatency", len)?;
        if !self.internal_service_latencies.is_empty() {
            struct_ser.serialize_field("internalServiceLatencies", &self.internal_service_latencies)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ServiceLatency {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "internal_service_latencies",
            "internalServiceLatencies",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            InternalServiceLatencies,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "internalServiceLatencies" | "internal_service_latencies" => Ok(GeneratedField::InternalServiceLatencies),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ServiceLatency;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ServiceLatency")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ServiceLatency, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut internal_service_latencies__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::InternalServiceLatencies => {
                            if internal_service_latencies__.is_some() {
                                return Err(serde::de::Error::duplicate_field("internalServiceLatencies"));
                            }
                            internal_service_latencies__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ServiceLatency {
                    internal_service_latencies: internal_service_latencies__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ServiceLatency", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for service_latency::InternalServiceLatency {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.step.is_empty() {
            len += 1;
        }
        if self.latency_ms != 0. {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.complete_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ServiceLatency.InternalServiceLatency", len)?;
        if !self.step.is_empty() {
            struct_ser.serialize_field("step", &self.step)?;
        }
        if self.latency_ms != 0. {
            struct_ser.serialize_field("latencyMs", &self.latency_ms)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.complete_time.as_ref() {
            struct_ser.serialize_field("completeTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for service_latency::InternalServiceLatency {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "step",
            "latency_ms",
            "latencyMs",
            "start_time",
            "startTime",
            "complete_time",
            "completeTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Step,
            LatencyMs,
            StartTime,
            CompleteTime,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "step" => Ok(GeneratedField::Step),
                            "latencyMs" | "latency_ms" => Ok(GeneratedField::LatencyMs),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "completeTime" | "complete_time" => Ok(GeneratedField::CompleteTime),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = service_latency::InternalServiceLatency;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ServiceLatency.InternalServiceLatency")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<service_latency::InternalServiceLatency, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut step__ = None;
                let mut latency_ms__ = None;
                let mut start_time__ = None;
                let mut complete_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Step => {
                            if step__.is_some() {
                                return Err(serde::de::Error::duplicate_field("step"));
                            }
                            step__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LatencyMs => {
                            if latency_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("latencyMs"));
                            }
                            latency_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::StartTime => {
                            if start_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startTime"));
                            }
                            start_time__ = map_.next_value()?;
                        }
                        GeneratedField::CompleteTime => {
                            if complete_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("completeTime"));
                            }
                            complete_time__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(service_latency::InternalServiceLatency {
                    step: step__.unwrap_or_default(),
                    latency_ms: latency_ms__.unwrap_or_default(),
                    start_time: start_time__,
                    complete_time: complete_time__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ServiceLatency.InternalServiceLatency", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SipConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.create_conversation_on_the_fly {
            len += 1;
        }
        if self.inactive_start {
            len += 1;
        }
        if self.max_audio_recording_duration.is_some() {
            len += 1;
        }
        if self.allow_virtual_agent_interaction {
            len += 1;
        }
        if self.keep_conversation_running {
            len += 1;
        }
        if !self.copy_inbound_call_leg_headers.is_empty() {
            len += 1;
        }
        if self.ignore_reinvite_media_direction {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SipConfig", len)?;
        if self.create_conversation_on_the_fly {
            struct_ser.serialize_field("createConversationOnTheFly", &self.create_conversation_on_the_fly)?;
        }
        if self.inactive_start {
            struct_ser.serialize_field("inactiveStart", &self.inactive_start)?;
        }
        if let Some(v) = self.max_audio_recording_duration.as_ref() {
            struct_ser.serialize_field("maxAudioRecordingDuration", v)?;
        }
        if self.allow_virtual_agent_interaction {
            struct_ser.serialize_field("allowVirtualAgentInteraction", &self.allow_virtual_agent_interaction)?;
        }
        if self.keep_conversation_running {
            struct_ser.serialize_field("keepConversationRunning", &self.keep_conversation_running)?;
        }
        if !self.copy_inbound_call_leg_headers.is_empty() {
            struct_ser.serialize_field("copyInboundCallLegHeaders", &self.copy_inbound_call_leg_headers)?;
        }
        if self.ignore_reinvite_media_direction {
            struct_ser.serialize_field("ignoreReinviteMediaDirection", &self.ignore_reinvite_media_direction)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SipConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "create_conversation_on_the_fly",
            "createConversationOnTheFly",
            "inactive_start",
            "inactiveStart",
            "max_audio_recording_duration",
            "maxAudioRecordingDuration",
            "allow_virtual_agent_interaction",
            "allowVirtualAgentInteraction",
            "keep_conversation_running",
            "keepConversationRunning",
            "copy_inbound_call_leg_headers",
            "copyInboundCallLegHeaders",
            "ignore_reinvite_media_direction",
            "ignoreReinviteMediaDirection",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CreateConversationOnTheFly,
            InactiveStart,
            MaxAudioRecordingDuration,
            AllowVirtualAgentInteraction,
            KeepConversationRunning,
            CopyInboundCallLegHeaders,
            IgnoreReinviteMediaDirection,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "createConversationOnTheFly" | "create_conversation_on_the_fly" => Ok(GeneratedField::CreateConversationOnTheFly),
                            "inactiveStart" | "inactive_start" => Ok(GeneratedField::InactiveStart),
                            "maxAudioRecordingDuration" | "max_audio_recording_duration" => Ok(GeneratedField::MaxAudioRecordingDuration),
                            "allowVirtualAgentInteraction" | "allow_virtual_agent_interaction" => Ok(GeneratedField::AllowVirtualAgentInteraction),
                            "keepConversationRunning" | "keep_conversation_running" => Ok(GeneratedField::KeepConversationRunning),
                            "copyInboundCallLegHeaders" | "copy_inbound_call_leg_headers" => Ok(GeneratedField::CopyInboundCallLegHeaders),
                            "ignoreReinviteMediaDirection" | "ignore_reinvite_media_direction" => Ok(GeneratedField::IgnoreReinviteMediaDirection),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SipConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SipConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SipConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut create_conversation_on_the_fly__ = None;
                let mut inactive_start__ = None;
                let mut max_audio_recording_duration__ = None;
                let mut allow_virtual_agent_interaction__ = None;
                let mut keep_conversation_running__ = None;
                let mut copy_inbound_call_leg_headers__ = None;
                let mut ignore_reinvite_media_direction__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CreateConversationOnTheFly => {
                            if create_conversation_on_the_fly__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createConversationOnTheFly"));
                            }
                            create_conversation_on_the_fly__ = Some(map_.next_value()?);
                        }
                        GeneratedField::InactiveStart => {
                            if inactive_start__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inactiveStart"));
                            }
                            inactive_start__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MaxAudioRecordingDuration => {
                            if max_audio_recording_duration__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxAudioRecordingDuration"));
                            }
                            max_audio_recording_duration__ = map_.next_value()?;
                        }
                        GeneratedField::AllowVirtualAgentInteraction => {
                            if allow_virtual_agent_interaction__.is_some() {
                                return Err(serde::de::Error::duplicate_field("allowVirtualAgentInteraction"));
                            }
                            allow_virtual_agent_interaction__ = Some(map_.next_value()?);
                        }
                        GeneratedField::KeepConversationRunning => {
                            if keep_conversation_running__.is_some() {
                                return Err(serde::de::Error::duplicate_field("keepConversationRunning"));
                            }
                            keep_conversation_running__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CopyInboundCallLegHeaders => {
                            if copy_inbound_call_leg_headers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("copyInboundCallLegHeaders"));
                            }
                            copy_inbound_call_leg_headers__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IgnoreReinviteMediaDirection => {
                            if ignore_reinvite_media_direction__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ignoreReinviteMediaDirection"));
                            }
                            ignore_reinvite_media_direction__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SipConfig {
                    create_conversation_on_the_fly: create_conversation_on_the_fly__.unwrap_or_default(),
                    inactive_start: inactive_start__.unwrap_or_default(),
                    max_audio_recording_duration: max_audio_recording_duration__,
                    allow_virtual_agent_interaction: allow_virtual_agent_interaction__.unwrap_or_default(),
                    keep_conversation_running: keep_conversation_running__.unwrap_or_default(),
                    copy_inbound_call_leg_headers: copy_inbound_call_leg_headers__.unwrap_or_default(),
                    ignore_reinvite_media_direction: ignore_reinvite_media_direction__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SipConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SpeechModelVariant {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SPEECH_MODEL_VARIANT_UNSPECIFIED",
            Self::UseBestAvailable => "USE_BEST_AVAILABLE",
            Self::UseStandard => "USE_STANDARD",
            Self::UseEnhanced => "USE_ENHANCED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for SpeechModelVariant {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SPEECH_MODEL_VARIANT_UNSPECIFIED",
            "USE_BEST_AVAILABLE",
            "USE_STANDARD",
            "USE_ENHANCED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = SpeechModelVariant;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "SPEECH_MODEL_VARIANT_UNSPECIFIED" => Ok(SpeechModelVariant::Unspecified),
                    "USE_BEST_AVAILABLE" => Ok(SpeechModelVariant::UseBestAvailable),
                    "USE_STANDARD" => Ok(SpeechModelVariant::UseStandard),
                    "USE_ENHANCED" => Ok(SpeechModelVariant::UseEnhanced),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for SpeechToTextConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.speech_model_variant != 0 {
            len += 1;
        }
        if !self.model.is_empty() {
            len += 1;
        }
        if !self.phrase_sets.is_empty() {
            len += 1;
        }
        if self.audio_encoding != 0 {
            len += 1;
        }
        if self.sample_rate_hertz != 0 {
            len += 1;
        }
        if !self.language_code.is_empty() {
            len += 1;
        }
        if self.enable_word_info {
            len += 1;
        }
        if self.use_timeout_based_endpointing {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SpeechToTextConfig", len)?;
        if self.speech_model_variant != 0 {
            let v = crate::json::OpenEnum::<SpeechModelVariant>::from_number(self.speech_model_variant)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.speech_model_variant)))?;
            struct_ser.serialize_field("speechModelVariant", &v)?;
        }
        if !self.model.is_empty() {
            struct_ser.serialize_field("model", &self.model)?;
        }
        if !self.phrase_sets.is_empty() {
            struct_ser.serialize_field("phraseSets", &self.phrase_sets)?;
        }
        if self.audio_encoding != 0 {
            let v = crate::json::OpenEnum::<AudioEncoding>::from_number(self.audio_encoding)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.audio_encoding)))?;
            struct_ser.serialize_field("audioEncoding", &v)?;
        }
        if self.sample_rate_hertz != 0 {
            struct_ser.serialize_field("sampleRateHertz", &self.sample_rate_hertz)?;
        }
        if !self.language_code.is_empty() {
            struct_ser.serialize_field("languageCode", &self.language_code)?;
        }
        if self.enable_word_info {
            struct_ser.serialize_field("enableWordInfo", &self.enable_word_info)?;
        }
        if self.use_timeout_based_endpointing {
            struct_ser.serialize_field("useTimeoutBasedEndpointing", &self.use_timeout_based_endpointing)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SpeechToTextConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "speech_model_variant",
            "speechModelVariant",
            "model",
            "phrase_sets",
            "phraseSets",
            "audio_encoding",
            "audioEncoding",
            "sample_rate_hertz",
            "sampleRateHertz",
            "language_code",
            "languageCode",
            "enable_word_info",
            "enableWordInfo",
            "use_timeout_based_endpointing",
            "useTimeoutBasedEndpointing",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SpeechModelVariant,
            Model,
            PhraseSets,
            AudioEncoding,
            SampleRateHertz,
            LanguageCode,
            EnableWordInfo,
            UseTimeoutBasedEndpointing,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "speechModelVariant" | "speech_model_variant" => Ok(GeneratedField::SpeechModelVariant),
                            "model" => Ok(GeneratedField::Model),
                            "phraseSets" | "phrase_sets" => Ok(GeneratedField::PhraseSets),
                            "audioEncoding" | "audio_encoding" => Ok(GeneratedField::AudioEncoding),
                            "sampleRateHertz" | "sample_rate_hertz" => Ok(GeneratedField::SampleRateHertz),
                            "languageCode" | "language_code" => Ok(GeneratedField::LanguageCode),
                            "enableWordInfo" | "enable_word_info" => Ok(GeneratedField::EnableWordInfo),
                            "useTimeoutBasedEndpointing" | "use_timeout_based_endpointing" => Ok(GeneratedField::UseTimeoutBasedEndpointing),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SpeechToTextConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SpeechToTextConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SpeechToTextConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut speech_model_variant__ = None;
                let mut model__ = None;
                let mut phrase_sets__ = None;
                let mut audio_encoding__ = None;
                let mut sample_rate_hertz__ = None;
                let mut language_code__ = None;
                let mut enable_word_info__ = None;
                let mut use_timeout_based_endpointing__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SpeechModelVariant => {
                            if speech_model_variant__.is_some() {
                                return Err(serde::de::Error::duplicate_field("speechModelVariant"));
                            }
                            speech_model_variant__ = Some(map_.next_value::<crate::json::OpenEnum<SpeechModelVariant>>()?.0);
                        }
                        GeneratedField::Model => {
                            if model__.is_some() {
                                return Err(serde::de::Error::duplicate_field("model"));
                            }
                            model__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PhraseSets => {
                            if phrase_sets__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phraseSets"));
                            }
                            phrase_sets__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AudioEncoding => {
                            if audio_encoding__.is_some() {
                                return Err(serde::de::Error::duplicate_field("audioEncoding"));
                            }
                            audio_encoding__ = Some(map_.next_value::<crate::json::OpenEnum<AudioEncoding>>()?.0);
                        }
                        GeneratedField::SampleRateHertz => {
                            if sample_rate_hertz__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sampleRateHertz"));
                            }
                            sample_rate_hertz__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LanguageCode => {
                            if language_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("languageCode"));
                            }
                            language_code__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnableWordInfo => {
                            if enable_word_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableWordInfo"));
                            }
                            enable_word_info__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UseTimeoutBasedEndpointing => {
                            if use_timeout_based_endpointing__.is_some() {
                                return Err(serde::de::Error::duplicate_field("useTimeoutBasedEndpointing"));
                            }
                            use_timeout_based_endpointing__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SpeechToTextConfig {
                    speech_model_variant: speech_model_variant__.unwrap_or_default(),
                    model: model__.unwrap_or_default(),
                    phrase_sets: phrase_sets__.unwrap_or_default(),
                    audio_encoding: audio_encoding__.unwrap_or_default(),
                    sample_rate_hertz: sample_rate_hertz__.unwrap_or_default(),
                    language_code: language_code__.unwrap_or_default(),
                    enable_word_info: enable_word_info__.unwrap_or_default(),
                    use_timeout_based_endpointing: use_timeout_based_endpointing__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SpeechToTextConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SsmlVoiceGender {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SSML_VOICE_GENDER_UNSPECIFIED",
            Self::Male => "SSML_VOICE_GENDER_MALE",
            Self::Female => "SSML_VOICE_GENDER_FEMALE",
            Self::Neutral => "SSML_VOICE_GENDER_NEUTRAL",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for SsmlVoiceGender {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SSML_VOICE_GENDER_UNSPECIFIED",
            "SSML_VOICE_GENDER_MALE",
            "SSML_VOICE_GENDER_FEMALE",
            "SSML_VOICE_GENDER_NEUTRAL",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = SsmlVoiceGender;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "SSML_VOICE_GENDER_UNSPECIFIED" => Ok(SsmlVoiceGender::Unspecified),
                    "SSML_VOICE_GENDER_MALE" => Ok(SsmlVoiceGender::Male),
                    "SSML_VOICE_GENDER_FEMALE" => Ok(SsmlVoiceGender::Female),
                    "SSML_VOICE_GENDER_NEUTRAL" => Ok(SsmlVoiceGender::Neutral),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for SuggestConversationSummaryRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.conversation.is_empty() {
            len += 1;
        }
        if !self.latest_message.is_empty() {
            len += 1;
        }
        if self.context_size != 0 {
            len += 1;
        }
        if self.assist_query_params.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SuggestConversationSummaryRequest", len)?;
        if !self.conversation.is_empty() {
            struct_ser.serialize_field("conversation", &self.conversation)?;
        }
        if !self.latest_message.is_empty() {
            struct_ser.serialize_field("latestMessage", &self.latest_message)?;
        }
        if self.context_size != 0 {
            struct_ser.serialize_field("contextSize", &self.context_size)?;
        }
        if let Some(v) = self.assist_query_params.as_ref() {
            struct_ser.serialize_field("assistQueryParams", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SuggestConversationSummaryRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "conversation",
            "latest_message",
            "latestMessage",
            "context_size",
            "contextSize",
            "assist_query_params",
            "assistQueryParams",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Conversation,
            LatestMessage,
            ContextSize,
            AssistQueryParams,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "conversation" => Ok(GeneratedField::Conversation),
                            "latestMessage" | "latest_message" => Ok(GeneratedField::LatestMessage),
                            "contextSize" | "context_size" => Ok(GeneratedField::ContextSize),
                            "assistQueryParams" | "assist_query_params" => Ok(GeneratedField::AssistQueryParams),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SuggestConversationSummaryRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SuggestConversationSummaryRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SuggestConversationSummaryRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut conversation__ = None;
                let mut latest_message__ = None;
                let mut context_size__ = None;
                let mut assist_query_params__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Conversation => {
                            if conversation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conversation"));
                            }
                            conversation__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LatestMessage => {
                            if latest_message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("latestMessage"));
                            }
                            latest_message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContextSize => {
                            if context_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextSize"));
                            }
                            context_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::AssistQueryParams => {
                            if assist_query_params__.is_some() {
                                return Err(serde::de::Error::duplicate_field("assistQueryParams"));
                            }
                            assist_query_params__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SuggestConversationSummaryRequest {
                    conversation: conversation__.unwrap_or_default(),
                    latest_message: latest_message__.unwrap_or_default(),
                    context_size: context_size__.unwrap_or_default(),
                    assist_query_params: assist_query_params__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SuggestConversationSummaryRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SuggestConversationSummaryResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.summary.is_some() {
            len += 1;
        }
        if !self.latest_message.is_empty() {
            len += 1;
        }
        if self.context_size != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SuggestConversationSummaryResponse", len)?;
        if let Some(v) = self.summary.as_ref() {
            struct_ser.serialize_field("summary", v)?;
        }
        if !self.latest_message.is_empty() {
            struct_ser.serialize_field("latestMessage", &self.latest_message)?;
        }
        if self.context_size != 0 {
            struct_ser.serialize_field("contextSize", &self.context_size)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SuggestConversationSummaryResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "summary",
            "latest_message",
            "latestMessage",
            "context_size",
            "contextSize",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Summary,
            LatestMessage,
            ContextSize,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "summary" => Ok(GeneratedField::Summary),
                            "latestMessage" | "latest_message" => Ok(GeneratedField::LatestMessage),
                            "contextSize" | "context_size" => Ok(GeneratedField::ContextSize),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SuggestConversationSummaryResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SuggestConversationSummaryResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SuggestConversationSummaryResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut summary__ = None;
                let mut latest_message__ = None;
                let mut context_size__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Summary => {
                            if summary__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summary"));
                            }
                            summary__ = map_.next_value()?;
                        }
                        GeneratedField::LatestMessage => {
                            if latest_message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("latestMessage"));
                            }
                            latest_message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContextSize => {
                            if context_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextSize"));
                            }
                            context_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SuggestConversationSummaryResponse {
                    summary: summary__,
                    latest_message: latest_message__.unwrap_or_default(),
                    context_size: context_size__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SuggestConversationSummaryResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for suggest_conversation_summary_response::Summary {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.text.is_empty() {
            len += 1;
        }
        if !self.text_sections.is_empty() {
            len += 1;
        }
        if !self.sorted_text_sections.is_empty() {
            len += 1;
        }
        if !self.answer_record.is_empty() {
            len += 1;
        }
        if !self.baseline_model_version.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SuggestConversationSummaryResponse.Summary", len)?;
        if !self.text.is_empty() {
            struct_ser.serialize_field("text", &self.text)?;
        }
        if !self.text_sections.is_empty() {
            struct_ser.serialize_field("textSections", &self.text_sections)?;
        }
        if !self.sorted_text_sections.is_empty() {
            struct_ser.serialize_field("sortedTextSections", &self.sorted_text_sections)?;
        }
        if !self.answer_record.is_empty() {
            struct_ser.serialize_field("answerRecord", &self.answer_record)?;
        }
        if !self.baseline_model_version.is_empty() {
            struct_ser.serialize_field("baselineModelVersion", &self.baseline_model_version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for suggest_conversation_summary_response::Summary {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "text",
            "text_sections",
            "textSections",
            "sorted_text_sections",
            "sortedTextSections",
            "answer_record",
            "answerRecord",
            "baseline_model_version",
            "baselineModelVersion",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Text,
            TextSections,
            SortedTextSections,
            AnswerRecord,
            BaselineModelVersion,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "text" => Ok(GeneratedField::Text),
                            "textSections" | "text_sections" => Ok(GeneratedField::TextSections),
                            "sortedTextSections" | "sorted_text_sections" => Ok(GeneratedField::SortedTextSections),
                            "answerRecord" | "answer_record" => Ok(GeneratedField::AnswerRecord),
                            "baselineModelVersion" | "baseline_model_version" => Ok(GeneratedField::BaselineModelVersion),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = suggest_conversation_summary_response::Summary;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SuggestConversationSummaryResponse.Summary")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<suggest_conversation_summary_response::Summary, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut text__ = None;
                let mut text_sections__ = None;
                let mut sorted_text_sections__ = None;
                let mut answer_record__ = None;
                let mut baseline_model_version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TextSections => {
                            if text_sections__.is_some() {
                                return Err(serde::de::Error::duplicate_field("textSections"));
                            }
                            text_sections__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::SortedTextSections => {
                            if sorted_text_sections__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sortedTextSections"));
                            }
                            sorted_text_sections__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AnswerRecord => {
                            if answer_record__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answerRecord"));
                            }
                            answer_record__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BaselineModelVersion => {
                            if baseline_model_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("baselineModelVersion"));
                            }
                            baseline_model_version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(suggest_conversation_summary_response::Summary {
                    text: text__.unwrap_or_default(),
                    text_sections: text_sections__.unwrap_or_default(),
                    sorted_text_sections: sorted_text_sections__.unwrap_or_default(),
                    answer_record: answer_record__.unwrap_or_default(),
                    baseline_model_version: baseline_model_version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SuggestConversationSummaryResponse.Summary", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for suggest_conversation_summary_response::summary::SummarySection {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.section.is_empty() {
            len += 1;
        }
        if !self.summary.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SuggestConversationSummaryResponse.Summary.SummarySection", len)?;
        if !self.section.is_empty() {
            struct_ser.serialize_field("section", &self.section)?;
        }
        if !self.summary.is_empty() {
            struct_ser.serialize_field("summary", &self.summary)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for suggest_conversation_summary_response::summary::SummarySection {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "section",
            "summary",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Section,
            Summary,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "section" => Ok(GeneratedField::Section),
                            "summary" => Ok(GeneratedField::Summary),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = suggest_conversation_summary_response::summary::SummarySection;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SuggestConversationSummaryResponse.Summary.SummarySection")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<suggest_conversation_summary_response::summary::SummarySection, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut section__ = None;
                let mut summary__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Section => {
                            if section__.is_some() {
                                return Err(serde::de::Error::duplicate_field("section"));
                            }
                            section__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Summary => {
                            if summary__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summary"));
                            }
                            summary__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(suggest_conversation_summary_response::summary::SummarySection {
                    section: section__.unwrap_or_default(),
                    summary: summary__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SuggestConversationSummaryResponse.Summary.SummarySection", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SuggestionDedupingConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.enable_deduping {
            len += 1;
        }
        if self.similarity_threshold != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SuggestionDedupingConfig", len)?;
        if self.enable_deduping {
            struct_ser.serialize_field("enableDeduping", &self.enable_deduping)?;
        }
        if self.similarity_threshold != 0. {
            struct_ser.serialize_field("similarityThreshold", &self.similarity_threshold)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SuggestionDedupingConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "enable_deduping",
            "enableDeduping",
            "similarity_threshold",
            "similarityThreshold",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EnableDeduping,
            SimilarityThreshold,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "enableDeduping" | "enable_deduping" => Ok(GeneratedField::EnableDeduping),
                            "similarityThreshold" | "similarity_threshold" => Ok(GeneratedField::SimilarityThreshold),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SuggestionDedupingConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SuggestionDedupingConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SuggestionDedupingConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut enable_deduping__ = None;
                let mut similarity_threshold__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EnableDeduping => {
                            if enable_deduping__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableDeduping"));
                            }
                            enable_deduping__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SimilarityThreshold => {
                            if similarity_threshold__.is_some() {
                                return Err(serde::de::Error::duplicate_field("similarityThreshold"));
                            }
                            similarity_threshold__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SuggestionDedupingConfig {
                    enable_deduping: enable_deduping__.unwrap_or_default(),
                    similarity_threshold: similarity_threshold__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SuggestionDedupingConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SuggestionFeature {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.r#type != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SuggestionFeature", len)?;
        if self.r#type != 0 {
            let v = crate::json::OpenEnum::<suggestion_feature::Type>::from_number(self.r#type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.r#type)))?;
            struct_ser.serialize_field("type", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SuggestionFeature {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SuggestionFeature;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SuggestionFeature")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SuggestionFeature, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value::<crate::json::OpenEnum<suggestion_feature::Type>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SuggestionFeature {
                    r#type: r#type__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SuggestionFeature", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for suggestion_feature::Type {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "TYPE_UNSPECIFIED",
            Self::ArticleSuggestion => "ARTICLE_SUGGESTION",
            Self::Faq => "FAQ",
            Self::SmartReply => "SMART_REPLY",
            Self::ConversationSummarization => "CONVERSATION_SUMMARIZATION",
            Self::KnowledgeSearch => "KNOWLEDGE_SEARCH",
            Self::KnowledgeAssist => "KNOWLEDGE_ASSIST",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for suggestion_feature::Type {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "TYPE_UNSPECIFIED",
            "ARTICLE_SUGGESTION",
            "FAQ",
            "SMART_REPLY",
            "CONVERSATION_SUMMARIZATION",
            "KNOWLEDGE_SEARCH",
            "KNOWLEDGE_ASSIST",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = suggestion_feature::Type;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "TYPE_UNSPECIFIED" => Ok(suggestion_feature::Type::Unspecified),
                    "ARTICLE_SUGGESTION" => Ok(suggestion_feature::Type::ArticleSuggestion),
                    "FAQ" => Ok(suggestion_feature::Type::Faq),
                    "SMART_REPLY" => Ok(suggestion_feature::Type::SmartReply),
                    "CONVERSATION_SUMMARIZATION" => Ok(suggestion_feature::Type::ConversationSummarization),
                    "KNOWLEDGE_SEARCH" => Ok(suggestion_feature::Type::KnowledgeSearch),
                    "KNOWLEDGE_ASSIST" => Ok(suggestion_feature::Type::KnowledgeAssist),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for SummarizationContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.summarization_sections.is_empty() {
            len += 1;
        }
        if !self.few_shot_examples.is_empty() {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        if !self.output_language_code.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SummarizationContext", len)?;
        if !self.summarization_sections.is_empty() {
            struct_ser.serialize_field("summarizationSections", &self.summarization_sections)?;
        }
        if !self.few_shot_examples.is_empty() {
            struct_ser.serialize_field("fewShotExamples", &self.few_shot_examples)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.output_language_code.is_empty() {
            struct_ser.serialize_field("outputLanguageCode", &self.output_language_code)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SummarizationContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "summarization_sections",
            "summarizationSections",
            "few_shot_examples",
            "fewShotExamples",
            "version",
            "output_language_code",
            "outputLanguageCode",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SummarizationSections,
            FewShotExamples,
            Version,
            OutputLanguageCode,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "summarizationSections" | "summarization_sections" => Ok(GeneratedField::SummarizationSections),
                            "fewShotExamples" | "few_shot_examples" => Ok(GeneratedField::FewShotExamples),
                            "version" => Ok(GeneratedField::Version),
                            "outputLanguageCode" | "output_language_code" => Ok(GeneratedField::OutputLanguageCode),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SummarizationContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SummarizationContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SummarizationContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut summarization_sections__ = None;
                let mut few_shot_examples__ = None;
                let mut version__ = None;
                let mut output_language_code__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SummarizationSections => {
                            if summarization_sections__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summarizationSections"));
                            }
                            summarization_sections__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FewShotExamples => {
                            if few_shot_examples__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fewShotExamples"));
                            }
                            few_shot_examples__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputLanguageCode => {
                            if output_language_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputLanguageCode"));
                            }
                            output_language_code__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SummarizationContext {
                    summarization_sections: summarization_sections__.unwrap_or_default(),
                    few_shot_examples: few_shot_examples__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    output_language_code: output_language_code__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SummarizationContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SummarizationSection {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.key.is_empty() {
            len += 1;
        }
        if !self.definition.is_empty() {
            len += 1;
        }
        if self.r#type != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SummarizationSection", len)?;
        if !self.key.is_empty() {
            struct_ser.serialize_field("key", &self.key)?;
        }
        if !self.definition.is_empty() {
            struct_ser.serialize_field("definition", &self.definition)?;
        }
        if self.r#type != 0 {
            let v = crate::json::OpenEnum::<summarization_section::Type>::from_number(self.r#type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.r#type)))?;
            struct_ser.serialize_field("type", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SummarizationSection {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "definition",
            "type",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            Definition,
            Type,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "key" => Ok(GeneratedField::Key),
                            "definition" => Ok(GeneratedField::Definition),
                            "type" => Ok(GeneratedField::Type),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SummarizationSection;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SummarizationSection")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SummarizationSection, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut definition__ = None;
                let mut r#type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Definition => {
                            if definition__.is_some() {
                                return Err(serde::de::Error::duplicate_field("definition"));
                            }
                            definition__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value::<crate::json::OpenEnum<summarization_section::Type>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SummarizationSection {
                    key: key__.unwrap_or_default(),
                    definition: definition__.unwrap_or_default(),
                    r#type: r#type__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SummarizationSection", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for summarization_section::Type {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "TYPE_UNSPECIFIED",
            Self::Situation => "SITUATION",
            Self::Action => "ACTION",
            Self::Resolution => "RESOLUTION",
            Self::ReasonForCancellation => "REASON_FOR_CANCELLATION",
            Self::CustomerSatisfaction => "CUSTOMER_SATISFACTION",
            Self::Entities => "ENTITIES",
            Self::CustomerDefined => "CUSTOMER_DEFINED",
            Self::SituationConcise => "SITUATION_CONCISE",
            Self::ActionConcise => "ACTION_CONCISE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for summarization_section::Type {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "TYPE_UNSPECIFIED",
            "SITUATION",
            "ACTION",
            "RESOLUTION",
            "REASON_FOR_CANCELLATION",
            "CUSTOMER_SATISFACTION",
            "ENTITIES",
            "CUSTOMER_DEFINED",
            "SITUATION_CONCISE",
            "ACTION_CONCISE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = summarization_section::Type;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "TYPE_UNSPECIFIED" => Ok(summarization_section::Type::Unspecified),
                    "SITUATION" => Ok(summarization_section::Type::Situation),
                    "ACTION" => Ok(summarization_section::Type::Action),
                    "RESOLUTION" => Ok(summarization_section::Type::Resolution),
                    "REASON_FOR_CANCELLATION" => Ok(summarization_section::Type::ReasonForCancellation),
                    "CUSTOMER_SATISFACTION" => Ok(summarization_section::Type::CustomerSatisfaction),
                    "ENTITIES" => Ok(summarization_section::Type::Entities),
                    "CUSTOMER_DEFINED" => Ok(summarization_section::Type::CustomerDefined),
                    "SITUATION_CONCISE" => Ok(summarization_section::Type::SituationConcise),
                    "ACTION_CONCISE" => Ok(summarization_section::Type::ActionConcise),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for SummarizationSectionList {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.summarization_sections.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SummarizationSectionList", len)?;
        if !self.summarization_sections.is_empty() {
            struct_ser.serialize_field("summarizationSections", &self.summarization_sections)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SummarizationSectionList {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "summarization_sections",
            "summarizationSections",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SummarizationSections,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "summarizationSections" | "summarization_sections" => Ok(GeneratedField::SummarizationSections),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SummarizationSectionList;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SummarizationSectionList")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SummarizationSectionList, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut summarization_sections__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SummarizationSections => {
                            if summarization_sections__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summarizationSections"));
                            }
                            summarization_sections__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SummarizationSectionList {
                    summarization_sections: summarization_sections__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SummarizationSectionList", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SummarySuggestion {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.summary_sections.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SummarySuggestion", len)?;
        if !self.summary_sections.is_empty() {
            struct_ser.serialize_field("summarySections", &self.summary_sections)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SummarySuggestion {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "summary_sections",
            "summarySections",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SummarySections,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "summarySections" | "summary_sections" => Ok(GeneratedField::SummarySections),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SummarySuggestion;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SummarySuggestion")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SummarySuggestion, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut summary_sections__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SummarySections => {
                            if summary_sections__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summarySections"));
                            }
                            summary_sections__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SummarySuggestion {
                    summary_sections: summary_sections__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SummarySuggestion", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for summary_suggestion::SummarySection {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.section.is_empty() {
            len += 1;
        }
        if !self.summary.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SummarySuggestion.SummarySection", len)?;
        if !self.section.is_empty() {
            struct_ser.serialize_field("section", &self.section)?;
        }
        if !self.summary.is_empty() {
            struct_ser.serialize_field("summary", &self.summary)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for summary_suggestion::SummarySection {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "section",
            "summary",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Section,
            Summary,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "section" => Ok(GeneratedField::Section),
                            "summary" => Ok(GeneratedField::Summary),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = summary_suggestion::SummarySection;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SummarySuggestion.SummarySection")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<summary_suggestion::SummarySection, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut section__ = None;
                let mut summary__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Section => {
                            if section__.is_some() {
                                return Err(serde::de::Error::duplicate_field("section"));
                            }
                            section__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Summary => {
                            if summary__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summary"));
                            }
                            summary__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(summary_suggestion::SummarySection {
                    section: section__.unwrap_or_default(),
                    summary: summary__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SummarySuggestion.SummarySection", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SynthesizeSpeechConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.speaking_rate != 0. {
            len += 1;
        }
        if self.pitch != 0. {
            len += 1;
        }
        if self.volume_gain_db != 0. {
            len += 1;
        }
        if !self.effects_profile_id.is_empty() {
            len += 1;
        }
        if self.voice.is_some() {
            len += 1;
        }
        if !self.pronunciations.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.SynthesizeSpeechConfig", len)?;
        if self.speaking_rate != 0. {
            struct_ser.serialize_field("speakingRate", &self.speaking_rate)?;
        }
        if self.pitch != 0. {
            struct_ser.serialize_field("pitch", &self.pitch)?;
        }
        if self.volume_gain_db != 0. {
            struct_ser.serialize_field("volumeGainDb", &self.volume_gain_db)?;
        }
        if !self.effects_profile_id.is_empty() {
            struct_ser.serialize_field("effectsProfileId", &self.effects_profile_id)?;
        }
        if let Some(v) = self.voice.as_ref() {
            struct_ser.serialize_field("voice", v)?;
        }
        if !self.pronunciations.is_empty() {
            struct_ser.serialize_field("pronunciations", &self.pronunciations)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SynthesizeSpeechConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "speaking_rate",
            "speakingRate",
            "pitch",
            "volume_gain_db",
            "volumeGainDb",
            "effects_profile_id",
            "effectsProfileId",
            "voice",
            "pronunciations",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SpeakingRate,
            Pitch,
            VolumeGainDb,
            EffectsProfileId,
            Voice,
            Pronunciations,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "speakingRate" | "speaking_rate" => Ok(GeneratedField::SpeakingRate),
                            "pitch" => Ok(GeneratedField::Pitch),
                            "volumeGainDb" | "volume_gain_db" => Ok(GeneratedField::VolumeGainDb),
                            "effectsProfileId" | "effects_profile_id" => Ok(GeneratedField::EffectsProfileId),
                            "voice" => Ok(GeneratedField::Voice),
                            "pronunciations" => Ok(GeneratedField::Pronunciations),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SynthesizeSpeechConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.SynthesizeSpeechConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SynthesizeSpeechConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut speaking_rate__ = None;
                let mut pitch__ = None;
                let mut volume_gain_db__ = None;
                let mut effects_profile_id__ = None;
                let mut voice__ = None;
                let mut pronunciations__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SpeakingRate => {
                            if speaking_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("speakingRate"));
                            }
                            speaking_rate__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Pitch => {
                            if pitch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pitch"));
                            }
                            pitch__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::VolumeGainDb => {
                            if volume_gain_db__.is_some() {
                                return Err(serde::de::Error::duplicate_field("volumeGainDb"));
                            }
                            volume_gain_db__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::EffectsProfileId => {
                            if effects_profile_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("effectsProfileId"));
                            }
                            effects_profile_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Voice => {
                            if voice__.is_some() {
                                return Err(serde::de::Error::duplicate_field("voice"));
                            }
                            voice__ = map_.next_value()?;
                        }
                        GeneratedField::Pronunciations => {
                            if pronunciations__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pronunciations"));
                            }
                            pronunciations__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SynthesizeSpeechConfig {
                    speaking_rate: speaking_rate__.unwrap_or_default(),
                    pitch: pitch__.unwrap_or_default(),
                    volume_gain_db: volume_gain_db__.unwrap_or_default(),
                    effects_profile_id: effects_profile_id__.unwrap_or_default(),
                    voice: voice__,
                    pronunciations: pronunciations__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.SynthesizeSpeechConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TextInput {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.text.is_empty() {
            len += 1;
        }
        if !self.language_code.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.TextInput", len)?;
        if !self.text.is_empty() {
            struct_ser.serialize_field("text", &self.text)?;
        }
        if !self.language_code.is_empty() {
            struct_ser.serialize_field("languageCode", &self.language_code)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TextInput {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "text",
            "language_code",
            "languageCode",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Text,
            LanguageCode,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "text" => Ok(GeneratedField::Text),
                            "languageCode" | "language_code" => Ok(GeneratedField::LanguageCode),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TextInput;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.TextInput")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TextInput, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut text__ = None;
                let mut language_code__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LanguageCode => {
                            if language_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("languageCode"));
                            }
                            language_code__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TextInput {
                    text: text__.unwrap_or_default(),
                    language_code: language_code__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.TextInput", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Tool {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.tool_key.is_empty() {
            len += 1;
        }
        if !self.display_name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.action_confirmation_requirement.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.update_time.is_some() {
            len += 1;
        }
        if self.satisfies_pzs.is_some() {
            len += 1;
        }
        if self.satisfies_pzi.is_some() {
            len += 1;
        }
        if self.specification.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.tool_key.is_empty() {
            struct_ser.serialize_field("toolKey", &self.tool_key)?;
        }
        if !self.display_name.is_empty() {
            struct_ser.serialize_field("displayName", &self.display_name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.action_confirmation_requirement.is_empty() {
            let v: std::collections::HashMap<_, _> = self.action_confirmation_requirement.iter()
                .map(|(k, v)| {
                    let v = crate::json::OpenEnum::<tool::ConfirmationRequirement>::from_number(*v)
                        .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
                    Ok((k, v))
                }).collect::<std::result::Result<_,_>>()?;
            struct_ser.serialize_field("actionConfirmationRequirement", &v)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.update_time.as_ref() {
            struct_ser.serialize_field("updateTime", v)?;
        }
        if let Some(v) = self.satisfies_pzs.as_ref() {
            struct_ser.serialize_field("satisfiesPzs", v)?;
        }
        if let Some(v) = self.satisfies_pzi.as_ref() {
            struct_ser.serialize_field("satisfiesPzi", v)?;
        }
        if let Some(v) = self.specification.as_ref() {
            match v {
                tool::Specification::ExtensionSpec(v) => {
                    struct_ser.serialize_field("extensionSpec", v)?;
                }
                tool::Specification::FunctionSpec(v) => {
                    struct_ser.serialize_field("functionSpec", v)?;
                }
                tool::Specification::ConnectorSpec(v) => {
                    struct_ser.serialize_field("connectorSpec", v)?;
                }
                tool::Specification::OpenApiSpec(v) => {
                    struct_ser.serialize_field("openApiSpec", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Tool {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "tool_key",
            "toolKey",
            "display_name",
            "displayName",
            "description",
            "action_confirmation_requirement",
            "actionConfirmationRequirement",
            "create_time",
            "createTime",
            "update_time",
            "updateTime",
            "satisfies_pzs",
            "satisfiesPzs",
            "satisfies_pzi",
            "satisfiesPzi",
            "extension_spec",
            "extensionSpec",
            "function_spec",
            "functionSpec",
            "connector_spec",
            "connectorSpec",
            "open_api_spec",
            "openApiSpec",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            ToolKey,
            DisplayName,
            Description,
            ActionConfirmationRequirement,
            CreateTime,
            UpdateTime,
            SatisfiesPzs,
            SatisfiesPzi,
            ExtensionSpec,
            FunctionSpec,
            ConnectorSpec,
            OpenApiSpec,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "toolKey" | "tool_key" => Ok(GeneratedField::ToolKey),
                            "displayName" | "display_name" => Ok(GeneratedField::DisplayName),
                            "description" => Ok(GeneratedField::Description),
                            "actionConfirmationRequirement" | "action_confirmation_requirement" => Ok(GeneratedField::ActionConfirmationRequirement),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "updateTime" | "update_time" => Ok(GeneratedField::UpdateTime),
                            "satisfiesPzs" | "satisfies_pzs" => Ok(GeneratedField::SatisfiesPzs),
                            "satisfiesPzi" | "satisfies_pzi" => Ok(GeneratedField::SatisfiesPzi),
                            "extensionSpec" | "extension_spec" => Ok(GeneratedField::ExtensionSpec),
                            "functionSpec" | "function_spec" => Ok(GeneratedField::FunctionSpec),
                            "connectorSpec" | "connector_spec" => Ok(GeneratedField::ConnectorSpec),
                            "openApiSpec" | "open_api_spec" => Ok(GeneratedField::OpenApiSpec),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Tool;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Tool, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut tool_key__ = None;
                let mut display_name__ = None;
                let mut description__ = None;
                let mut action_confirmation_requirement__ = None;
                let mut create_time__ = None;
                let mut update_time__ = None;
                let mut satisfies_pzs__ = None;
                let mut satisfies_pzi__ = None;
                let mut specification__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ToolKey => {
                            if tool_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("toolKey"));
                            }
                            tool_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DisplayName => {
                            if display_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("displayName"));
                            }
                            display_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ActionConfirmationRequirement => {
                            if action_confirmation_requirement__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionConfirmationRequirement"));
                            }
                            action_confirmation_requirement__ = Some(
                                map_.next_value::<std::collections::HashMap<_, tool::ConfirmationRequirement>>()?
                                    .into_iter().map(|(k,v)| (k, v as i32)).collect()
                            );
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateTime => {
                            if update_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateTime"));
                            }
                            update_time__ = map_.next_value()?;
                        }
                        GeneratedField::SatisfiesPzs => {
                            if satisfies_pzs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("satisfiesPzs"));
                            }
                            satisfies_pzs__ = map_.next_value()?;
                        }
                        GeneratedField::SatisfiesPzi => {
                            if satisfies_pzi__.is_some() {
                                return Err(serde::de::Error::duplicate_field("satisfiesPzi"));
                            }
                            satisfies_pzi__ = map_.next_value()?;
                        }
                        GeneratedField::ExtensionSpec => {
                            if specification__.is_some() {
                                return Err(serde::de::Error::duplicate_field("extensionSpec"));
                            }
                            specification__ = map_.next_value::<::std::option::Option<_>>()?.map(tool::Specification::ExtensionSpec)
;
                        }
                        GeneratedField::FunctionSpec => {
                            if specification__.is_some() {
                                return Err(serde::de::Error::duplicate_field("functionSpec"));
                            }
                            specification__ = map_.next_value::<::std::option::Option<_>>()?.map(tool::Specification::FunctionSpec)
;
                        }
                        GeneratedField::ConnectorSpec => {
                            if specification__.is_some() {
                                return Err(serde::de::Error::duplicate_field("connectorSpec"));
                            }
                            specification__ = map_.next_value::<::std::option::Option<_>>()?.map(tool::Specification::ConnectorSpec)
;
                        }
                        GeneratedField::OpenApiSpec => {
                            if specification__.is_some() {
                                return Err(serde::de::Error::duplicate_field("openApiSpec"));
                            }
                            specification__ = map_.next_value::<::std::option::Option<_>>()?.map(tool::Specification::OpenApiSpec)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Tool {
                    name: name__.unwrap_or_default(),
                    tool_key: tool_key__.unwrap_or_default(),
                    display_name: display_name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    action_confirmation_requirement: action_confirmation_requirement__.unwrap_or_default(),
                    create_time: create_time__,
                    update_time: update_time__,
                    satisfies_pzs: satisfies_pzs__,
                    satisfies_pzi: satisfies_pzi__,
                    specification: specification__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::Authentication {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.auth_config.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.Authentication", len)?;
        if let Some(v) = self.auth_config.as_ref() {
            match v {
                tool::authentication::AuthConfig::ApiKeyConfig(v) => {
                    struct_ser.serialize_field("apiKeyConfig", v)?;
                }
                tool::authentication::AuthConfig::OauthConfig(v) => {
                    struct_ser.serialize_field("oauthConfig", v)?;
                }
                tool::authentication::AuthConfig::ServiceAgentAuthConfig(v) => {
                    struct_ser.serialize_field("serviceAgentAuthConfig", v)?;
                }
                tool::authentication::AuthConfig::BearerTokenConfig(v) => {
                    struct_ser.serialize_field("bearerTokenConfig", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::Authentication {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "api_key_config",
            "apiKeyConfig",
            "oauth_config",
            "oauthConfig",
            "service_agent_auth_config",
            "serviceAgentAuthConfig",
            "bearer_token_config",
            "bearerTokenConfig",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ApiKeyConfig,
            OauthConfig,
            ServiceAgentAuthConfig,
            BearerTokenConfig,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "apiKeyConfig" | "api_key_config" => Ok(GeneratedField::ApiKeyConfig),
                            "oauthConfig" | "oauth_config" => Ok(GeneratedField::OauthConfig),
                            "serviceAgentAuthConfig" | "service_agent_auth_config" => Ok(GeneratedField::ServiceAgentAuthConfig),
                            "bearerTokenConfig" | "bearer_token_config" => Ok(GeneratedField::BearerTokenConfig),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::Authentication;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.Authentication")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::Authentication, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut auth_config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ApiKeyConfig => {
                            if auth_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("apiKeyConfig"));
                            }
                            auth_config__ = map_.next_value::<::std::option::Option<_>>()?.map(tool::authentication::AuthConfig::ApiKeyConfig)
;
                        }
                        GeneratedField::OauthConfig => {
                            if auth_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("oauthConfig"));
                            }
                            auth_config__ = map_.next_value::<::std::option::Option<_>>()?.map(tool::authentication::AuthConfig::OauthConfig)
;
                        }
                        GeneratedField::ServiceAgentAuthConfig => {
                            if auth_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serviceAgentAuthConfig"));
                            }
                            auth_config__ = map_.next_value::<::std::option::Option<_>>()?.map(tool::authentication::AuthConfig::ServiceAgentAuthConfig)
;
                        }
                        GeneratedField::BearerTokenConfig => {
                            if auth_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bearerTokenConfig"));
                            }
                            auth_config__ = map_.next_value::<::std::option::Option<_>>()?.map(tool::authentication::AuthConfig::BearerTokenConfig)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::Authentication {
                    auth_config: auth_config__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.Authentication", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::authentication::ApiKeyConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.key_name.is_empty() {
            len += 1;
        }
        if !self.api_key.is_empty() {
            len += 1;
        }
        if !self.secret_version_for_api_key.is_empty() {
            len += 1;
        }
        if self.request_location != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.Authentication.ApiKeyConfig", len)?;
        if !self.key_name.is_empty() {
            struct_ser.serialize_field("keyName", &self.key_name)?;
        }
        if !self.api_key.is_empty() {
            struct_ser.serialize_field("apiKey", &self.api_key)?;
        }
        if !self.secret_version_for_api_key.is_empty() {
            struct_ser.serialize_field("secretVersionForApiKey", &self.secret_version_for_api_key)?;
        }
        if self.request_location != 0 {
            let v = crate::json::OpenEnum::<tool::authentication::RequestLocation>::from_number(self.request_location)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.request_location)))?;
            struct_ser.serialize_field("requestLocation", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::authentication::ApiKeyConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key_name",
            "keyName",
            "api_key",
            "apiKey",
            "secret_version_for_api_key",
            "secretVersionForApiKey",
            "request_location",
            "requestLocation",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            KeyName,
            ApiKey,
            SecretVersionForApiKey,
            RequestLocation,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "keyName" | "key_name" => Ok(GeneratedField::KeyName),
                            "apiKey" | "api_key" => Ok(GeneratedField::ApiKey),
                            "secretVersionForApiKey" | "secret_version_for_api_key" => Ok(GeneratedField::SecretVersionForApiKey),
                            "requestLocation" | "request_location" => Ok(GeneratedField::RequestLocation),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::authentication::ApiKeyConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.Authentication.ApiKeyConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::authentication::ApiKeyConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key_name__ = None;
                let mut api_key__ = None;
                let mut secret_version_for_api_key__ = None;
                let mut request_location__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::KeyName => {
                            if key_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("keyName"));
                            }
                            key_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ApiKey => {
                            if api_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("apiKey"));
                            }
                            api_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SecretVersionForApiKey => {
                            if secret_version_for_api_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretVersionForApiKey"));
                            }
                            secret_version_for_api_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RequestLocation => {
                            if request_location__.is_some() {
                                return Err(serde::de::Error::duplicate_field("requestLocation"));
                            }
                            request_location__ = Some(map_.next_value::<crate::json::OpenEnum<tool::authentication::RequestLocation>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::authentication::ApiKeyConfig {
                    key_name: key_name__.unwrap_or_default(),
                    api_key: api_key__.unwrap_or_default(),
                    secret_version_for_api_key: secret_version_for_api_key__.unwrap_or_default(),
                    request_location: request_location__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.Authentication.ApiKeyConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::authentication::BearerTokenConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.token.is_empty() {
            len += 1;
        }
        if !self.secret_version_for_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.Authentication.BearerTokenConfig", len)?;
        if !self.token.is_empty() {
            struct_ser.serialize_field("token", &self.token)?;
        }
        if !self.secret_version_for_token.is_empty() {
            struct_ser.serialize_field("secretVersionForToken", &self.secret_version_for_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::authentication::BearerTokenConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "token",
            "secret_version_for_token",
            "secretVersionForToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Token,
            SecretVersionForToken,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "token" => Ok(GeneratedField::Token),
                            "secretVersionForToken" | "secret_version_for_token" => Ok(GeneratedField::SecretVersionForToken),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::authentication::BearerTokenConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.Authentication.BearerTokenConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::authentication::BearerTokenConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut token__ = None;
                let mut secret_version_for_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Token => {
                            if token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("token"));
                            }
                            token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SecretVersionForToken => {
                            if secret_version_for_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretVersionForToken"));
                            }
                            secret_version_for_token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::authentication::BearerTokenConfig {
                    token: token__.unwrap_or_default(),
                    secret_version_for_token: secret_version_for_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.Authentication.BearerTokenConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::authentication::OAuthConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.oauth_grant_type != 0 {
            len += 1;
        }
        if !self.client_id.is_empty() {
            len += 1;
        }
        if !self.client_secret.is_empty() {
            len += 1;
        }
        if !self.secret_version_for_client_secret.is_empty() {
            len += 1;
        }
        if !self.token_endpoint.is_empty() {
            len += 1;
        }
        if !self.scopes.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.Authentication.OAuthConfig", len)?;
        if self.oauth_grant_type != 0 {
            let v = crate::json::OpenEnum::<tool::authentication::o_auth_config::OauthGrantType>::from_number(self.oauth_grant_type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.oauth_grant_type)))?;
            struct_ser.serialize_field("oauthGrantType", &v)?;
        }
        if !self.client_id.is_empty() {
            struct_ser.serialize_field("clientId", &self.client_id)?;
        }
        if !self.client_secret.is_empty() {
            struct_ser.serialize_field("clientSecret", &self.client_secret)?;
        }
        if !self.secret_version_for_client_secret.is_empty() {
            struct_ser.serialize_field("secretVersionForClientSecret", &self.secret_version_for_client_secret)?;
        }
        if !self.token_endpoint.is_empty() {
            struct_ser.serialize_field("tokenEndpoint", &self.token_endpoint)?;
        }
        if !self.scopes.is_empty() {
            struct_ser.serialize_field("scopes", &self.scopes)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::authentication::OAuthConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "oauth_grant_type",
            "oauthGrantType",
            "client_id",
            "clientId",
            "client_secret",
            "clientSecret",
            "secret_version_for_client_secret",
            "secretVersionForClientSecret",
            "token_endpoint",
            "tokenEndpoint",
            "scopes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OauthGrantType,
            ClientId,
            ClientSecret,
            SecretVersionForClientSecret,
            TokenEndpoint,
            Scopes,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "oauthGrantType" | "oauth_grant_type" => Ok(GeneratedField::OauthGrantType),
                            "clientId" | "client_id" => Ok(GeneratedField::ClientId),
                            "clientSecret" | "client_secret" => Ok(GeneratedField::ClientSecret),
                            "secretVersionForClientSecret" | "secret_version_for_client_secret" => Ok(GeneratedField::SecretVersionForClientSecret),
                            "tokenEndpoint" | "token_endpoint" => Ok(GeneratedField::TokenEndpoint),
                            "scopes" => Ok(GeneratedField::Scopes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::authentication::OAuthConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.Authentication.OAuthConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::authentication::OAuthConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut oauth_grant_type__ = None;
                let mut client_id__ = None;
                let mut client_secret__ = None;
                let mut secret_version_for_client_secret__ = None;
                let mut token_endpoint__ = None;
                let mut scopes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OauthGrantType => {
                            if oauth_grant_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("oauthGrantType"));
                            }
                            oauth_grant_type__ = Some(map_.next_value::<crate::json::OpenEnum<tool::authentication::o_auth_config::OauthGrantType>>()?.0);
                        }
                        GeneratedField::ClientId => {
                            if client_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("clientId"));
                            }
                            client_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ClientSecret => {
                            if client_secret__.is_some() {
                                return Err(serde::de::Error::duplicate_field("clientSecret"));
                            }
                            client_secret__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SecretVersionForClientSecret => {
                            if secret_version_for_client_secret__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretVersionForClientSecret"));
                            }
                            secret_version_for_client_secret__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TokenEndpoint => {
                            if token_endpoint__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tokenEndpoint"));
                            }
                            token_endpoint__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Scopes => {
                            if scopes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scopes"));
                            }
                            scopes__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::authentication::OAuthConfig {
                    oauth_grant_type: oauth_grant_type__.unwrap_or_default(),
                    client_id: client_id__.unwrap_or_default(),
                    client_secret: client_secret__.unwrap_or_default(),
                    secret_version_for_client_secret: secret_version_for_client_secret__.unwrap_or_default(),
                    token_endpoint: token_endpoint__.unwrap_or_default(),
                    scopes: scopes__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.Authentication.OAuthConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::authentication::o_auth_config::OauthGrantType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "OAUTH_GRANT_TYPE_UNSPECIFIED",
            Self::ClientCredential => "CLIENT_CREDENTIAL",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for tool::authentication::o_auth_config::OauthGrantType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "OAUTH_GRANT_TYPE_UNSPECIFIED",
            "CLIENT_CREDENTIAL",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = tool::authentication::o_auth_config::OauthGrantType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "OAUTH_GRANT_TYPE_UNSPECIFIED" => Ok(tool::authentication::o_auth_config::OauthGrantType::Unspecified),
                    "CLIENT_CREDENTIAL" => Ok(tool::authentication::o_auth_config::OauthGrantType::ClientCredential),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for tool::authentication::RequestLocation {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "REQUEST_LOCATION_UNSPECIFIED",
            Self::Header => "HEADER",
            Self::QueryString => "QUERY_STRING",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for tool::authentication::RequestLocation {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "REQUEST_LOCATION_UNSPECIFIED",
            "HEADER",
            "QUERY_STRING",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = tool::authentication::RequestLocation;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "REQUEST_LOCATION_UNSPECIFIED" => Ok(tool::authentication::RequestLocation::Unspecified),
                    "HEADER" => Ok(tool::authentication::RequestLocation::Header),
                    "QUERY_STRING" => Ok(tool::authentication::RequestLocation::QueryString),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for tool::authentication::ServiceAgentAuthConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.service_agent_auth != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.Authentication.ServiceAgentAuthConfig", len)?;
        if self.service_agent_auth != 0 {
            let v = crate::json::OpenEnum::<tool::authentication::service_agent_auth_config::ServiceAgentAuth>::from_number(self.service_agent_auth)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.service_agent_auth)))?;
            struct_ser.serialize_field("serviceAgentAuth", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::authentication::ServiceAgentAuthConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "service_agent_auth",
            "serviceAgentAuth",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ServiceAgentAuth,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "serviceAgentAuth" | "service_agent_auth" => Ok(GeneratedField::ServiceAgentAuth),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::authentication::ServiceAgentAuthConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.Authentication.ServiceAgentAuthConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::authentication::ServiceAgentAuthConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut service_agent_auth__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ServiceAgentAuth => {
                            if service_agent_auth__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serviceAgentAuth"));
                            }
                            service_agent_auth__ = Some(map_.next_value::<crate::json::OpenEnum<tool::authentication::service_agent_auth_config::ServiceAgentAuth>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::authentication::ServiceAgentAuthConfig {
                    service_agent_auth: service_agent_auth__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.Authentication.ServiceAgentAuthConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::authentication::service_agent_auth_config::ServiceAgentAuth {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SERVICE_AGENT_AUTH_UNSPECIFIED",
            Self::IdToken => "ID_TOKEN",
            Self::AccessToken => "ACCESS_TOKEN",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for tool::authentication::service_agent_auth_config::ServiceAgentAuth {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SERVICE_AGENT_AUTH_UNSPECIFIED",
            "ID_TOKEN",
            "ACCESS_TOKEN",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = tool::authentication::service_agent_auth_config::ServiceAgentAuth;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "SERVICE_AGENT_AUTH_UNSPECIFIED" => Ok(tool::authentication::service_agent_auth_config::ServiceAgentAuth::Unspecified),
                    "ID_TOKEN" => Ok(tool::authentication::service_agent_auth_config::ServiceAgentAuth::IdToken),
                    "ACCESS_TOKEN" => Ok(tool::authentication::service_agent_auth_config::ServiceAgentAuth::AccessToken),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for tool::ConfirmationRequirement {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "CONFIRMATION_REQUIREMENT_UNSPECIFIED",
            Self::Required => "REQUIRED",
            Self::NotRequired => "NOT_REQUIRED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for tool::ConfirmationRequirement {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "CONFIRMATION_REQUIREMENT_UNSPECIFIED",
            "REQUIRED",
            "NOT_REQUIRED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = tool::ConfirmationRequirement;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "CONFIRMATION_REQUIREMENT_UNSPECIFIED" => Ok(tool::ConfirmationRequirement::Unspecified),
                    "REQUIRED" => Ok(tool::ConfirmationRequirement::Required),
                    "NOT_REQUIRED" => Ok(tool::ConfirmationRequirement::NotRequired),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for tool::ConnectorTool {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.actions.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.ConnectorTool", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.actions.is_empty() {
            struct_ser.serialize_field("actions", &self.actions)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::ConnectorTool {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "actions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Actions,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "actions" => Ok(GeneratedField::Actions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::ConnectorTool;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.ConnectorTool")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::ConnectorTool, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut actions__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Actions => {
                            if actions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actions"));
                            }
                            actions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::ConnectorTool {
                    name: name__.unwrap_or_default(),
                    actions: actions__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.ConnectorTool", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::connector_tool::Action {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.input_fields.is_empty() {
            len += 1;
        }
        if !self.output_fields.is_empty() {
            len += 1;
        }
        if self.action_spec.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.ConnectorTool.Action", len)?;
        if !self.input_fields.is_empty() {
            struct_ser.serialize_field("inputFields", &self.input_fields)?;
        }
        if !self.output_fields.is_empty() {
            struct_ser.serialize_field("outputFields", &self.output_fields)?;
        }
        if let Some(v) = self.action_spec.as_ref() {
            match v {
                tool::connector_tool::action::ActionSpec::ConnectionActionId(v) => {
                    struct_ser.serialize_field("connectionActionId", v)?;
                }
                tool::connector_tool::action::ActionSpec::EntityOperation(v) => {
                    struct_ser.serialize_field("entityOperation", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::connector_tool::Action {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "input_fields",
            "inputFields",
            "output_fields",
            "outputFields",
            "connection_action_id",
            "connectionActionId",
            "entity_operation",
            "entityOperation",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            InputFields,
            OutputFields,
            ConnectionActionId,
            EntityOperation,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "inputFields" | "input_fields" => Ok(GeneratedField::InputFields),
                            "outputFields" | "output_fields" => Ok(GeneratedField::OutputFields),
                            "connectionActionId" | "connection_action_id" => Ok(GeneratedField::ConnectionActionId),
                            "entityOperation" | "entity_operation" => Ok(GeneratedField::EntityOperation),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::connector_tool::Action;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.ConnectorTool.Action")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::connector_tool::Action, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut input_fields__ = None;
                let mut output_fields__ = None;
                let mut action_spec__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::InputFields => {
                            if input_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputFields"));
                            }
                            input_fields__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputFields => {
                            if output_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputFields"));
                            }
                            output_fields__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ConnectionActionId => {
                            if action_spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("connectionActionId"));
                            }
                            action_spec__ = map_.next_value::<::std::option::Option<_>>()?.map(tool::connector_tool::action::ActionSpec::ConnectionActionId);
                        }
                        GeneratedField::EntityOperation => {
                            if action_spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entityOperation"));
                            }
                            action_spec__ = map_.next_value::<::std::option::Option<_>>()?.map(tool::connector_tool::action::ActionSpec::EntityOperation)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::connector_tool::Action {
                    input_fields: input_fields__.unwrap_or_default(),
                    output_fields: output_fields__.unwrap_or_default(),
                    action_spec: action_spec__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.ConnectorTool.Action", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::connector_tool::action::EntityOperation {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.entity_id.is_empty() {
            len += 1;
        }
        if self.operation != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.ConnectorTool.Action.EntityOperation", len)?;
        if !self.entity_id.is_empty() {
            struct_ser.serialize_field("entityId", &self.entity_id)?;
        }
        if self.operation != 0 {
            let v = crate::json::OpenEnum::<tool::connector_tool::action::entity_operation::OperationType>::from_number(self.operation)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.operation)))?;
            struct_ser.serialize_field("operation", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::connector_tool::action::EntityOperation {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "entity_id",
            "entityId",
            "operation",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EntityId,
            Operation,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "entityId" | "entity_id" => Ok(GeneratedField::EntityId),
                            "operation" => Ok(GeneratedField::Operation),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::connector_tool::action::EntityOperation;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.ConnectorTool.Action.EntityOperation")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::connector_tool::action::EntityOperation, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut entity_id__ = None;
                let mut operation__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EntityId => {
                            if entity_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entityId"));
                            }
                            entity_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Operation => {
                            if operation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("operation"));
                            }
                            operation__ = Some(map_.next_value::<crate::json::OpenEnum<tool::connector_tool::action::entity_operation::OperationType>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::connector_tool::action::EntityOperation {
                    entity_id: entity_id__.unwrap_or_default(),
                    operation: operation__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.ConnectorTool.Action.EntityOperation", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::connector_tool::action::entity_operation::OperationType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "OPERATION_TYPE_UNSPECIFIED",
            Self::List => "LIST",
            Self::Get => "GET",
            Self::Create => "CREATE",
            Self::Update => "UPDATE",
            Self::Delete => "DELETE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for tool::connector_tool::action::entity_operation::OperationType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "OPERATION_TYPE_UNSPECIFIED",
            "LIST",
            "GET",
            "CREATE",
            "UPDATE",
            "DELETE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = tool::connector_tool::action::entity_operation::OperationType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "OPERATION_TYPE_UNSPECIFIED" => Ok(tool::connector_tool::action::entity_operation::OperationType::Unspecified),
                    "LIST" => Ok(tool::connector_tool::action::entity_operation::OperationType::List),
                    "GET" => Ok(tool::connector_tool::action::entity_operation::OperationType::Get),
                    "CREATE" => Ok(tool::connector_tool::action::entity_operation::OperationType::Create),
                    "UPDATE" => Ok(tool::connector_tool::action::entity_operation::OperationType::Update),
                    "DELETE" => Ok(tool::connector_tool::action::entity_operation::OperationType::Delete),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for tool::ExtensionTool {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.ExtensionTool", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::ExtensionTool {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::ExtensionTool;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.ExtensionTool")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::ExtensionTool, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::ExtensionTool {
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.ExtensionTool", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::FunctionTool {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.input_schema.is_some() {
            len += 1;
        }
        if self.output_schema.is_some() {
            len += 1;
        }
        if self.method_type != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.FunctionTool", len)?;
        if let Some(v) = self.input_schema.as_ref() {
            struct_ser.serialize_field("inputSchema", v)?;
        }
        if let Some(v) = self.output_schema.as_ref() {
            struct_ser.serialize_field("outputSchema", v)?;
        }
        if self.method_type != 0 {
            let v = crate::json::OpenEnum::<tool::MethodType>::from_number(self.method_type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.method_type)))?;
            struct_ser.serialize_field("methodType", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::FunctionTool {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "input_schema",
            "inputSchema",
            "output_schema",
            "outputSchema",
            "method_type",
            "methodType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            InputSchema,
            OutputSchema,
            MethodType,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "inputSchema" | "input_schema" => Ok(GeneratedField::InputSchema),
                            "outputSchema" | "output_schema" => Ok(GeneratedField::OutputSchema),
                            "methodType" | "method_type" => Ok(GeneratedField::MethodType),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::FunctionTool;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.FunctionTool")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::FunctionTool, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut input_schema__ = None;
                let mut output_schema__ = None;
                let mut method_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::InputSchema => {
                            if input_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputSchema"));
                            }
                            input_schema__ = map_.next_value()?;
                        }
                        GeneratedField::OutputSchema => {
                            if output_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputSchema"));
                            }
                            output_schema__ = map_.next_value()?;
                        }
                        GeneratedField::MethodType => {
                            if method_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("methodType"));
                            }
                            method_type__ = Some(map_.next_value::<crate::json::OpenEnum<tool::MethodType>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::FunctionTool {
                    input_schema: input_schema__,
                    output_schema: output_schema__,
                    method_type: method_type__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.FunctionTool", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::MethodType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "METHOD_TYPE_UNSPECIFIED",
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Delete => "DELETE",
            Self::Patch => "PATCH",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for tool::MethodType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "METHOD_TYPE_UNSPECIFIED",
            "GET",
            "POST",
            "PUT",
            "DELETE",
            "PATCH",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = tool::MethodType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "METHOD_TYPE_UNSPECIFIED" => Ok(tool::MethodType::Unspecified),
                    "GET" => Ok(tool::MethodType::Get),
                    "POST" => Ok(tool::MethodType::Post),
                    "PUT" => Ok(tool::MethodType::Put),
                    "DELETE" => Ok(tool::MethodType::Delete),
                    "PATCH" => Ok(tool::MethodType::Patch),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for tool::OpenApiTool {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.authentication.is_some() {
            len += 1;
        }
        if self.tls_config.is_some() {
            len += 1;
        }
        if self.service_directory_config.is_some() {
            len += 1;
        }
        if self.schema.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.OpenApiTool", len)?;
        if let Some(v) = self.authentication.as_ref() {
            struct_ser.serialize_field("authentication", v)?;
        }
        if let Some(v) = self.tls_config.as_ref() {
            struct_ser.serialize_field("tlsConfig", v)?;
        }
        if let Some(v) = self.service_directory_config.as_ref() {
            struct_ser.serialize_field("serviceDirectoryConfig", v)?;
        }
        if let Some(v) = self.schema.as_ref() {
            match v {
                tool::open_api_tool::Schema::TextSchema(v) => {
                    struct_ser.serialize_field("textSchema", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::OpenApiTool {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "authentication",
            "tls_config",
            "tlsConfig",
            "service_directory_config",
            "serviceDirectoryConfig",
            "text_schema",
            "textSchema",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Authentication,
            TlsConfig,
            ServiceDirectoryConfig,
            TextSchema,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "authentication" => Ok(GeneratedField::Authentication),
                            "tlsConfig" | "tls_config" => Ok(GeneratedField::TlsConfig),
                            "serviceDirectoryConfig" | "service_directory_config" => Ok(GeneratedField::ServiceDirectoryConfig),
                            "textSchema" | "text_schema" => Ok(GeneratedField::TextSchema),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::OpenApiTool;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.OpenApiTool")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::OpenApiTool, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut authentication__ = None;
                let mut tls_config__ = None;
                let mut service_directory_config__ = None;
                let mut schema__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Authentication => {
                            if authentication__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authentication"));
                            }
                            authentication__ = map_.next_value()?;
                        }
                        GeneratedField::TlsConfig => {
                            if tls_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tlsConfig"));
                            }
                            tls_config__ = map_.next_value()?;
                        }
                        GeneratedField::ServiceDirectoryConfig => {
                            if service_directory_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serviceDirectoryConfig"));
                            }
                            service_directory_config__ = map_.next_value()?;
                        }
                        GeneratedField::TextSchema => {
                            if schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("textSchema"));
                            }
                            schema__ = map_.next_value::<::std::option::Option<_>>()?.map(tool::open_api_tool::Schema::TextSchema);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::OpenApiTool {
                    authentication: authentication__,
                    tls_config: tls_config__,
                    service_directory_config: service_directory_config__,
                    schema: schema__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.OpenApiTool", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::ServiceDirectoryConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.service.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.ServiceDirectoryConfig", len)?;
        if !self.service.is_empty() {
            struct_ser.serialize_field("service", &self.service)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::ServiceDirectoryConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "service",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Service,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "service" => Ok(GeneratedField::Service),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::ServiceDirectoryConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.ServiceDirectoryConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::ServiceDirectoryConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut service__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Service => {
                            if service__.is_some() {
                                return Err(serde::de::Error::duplicate_field("service"));
                            }
                            service__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::ServiceDirectoryConfig {
                    service: service__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.ServiceDirectoryConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::TlsConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.ca_certs.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.TLSConfig", len)?;
        if !self.ca_certs.is_empty() {
            struct_ser.serialize_field("caCerts", &self.ca_certs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::TlsConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ca_certs",
            "caCerts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CaCerts,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "caCerts" | "ca_certs" => Ok(GeneratedField::CaCerts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::TlsConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.TLSConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::TlsConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut ca_certs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CaCerts => {
                            if ca_certs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("caCerts"));
                            }
                            ca_certs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::TlsConfig {
                    ca_certs: ca_certs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.TLSConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool::tls_config::CaCert {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.display_name.is_empty() {
            len += 1;
        }
        if !self.cert.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.Tool.TLSConfig.CACert", len)?;
        if !self.display_name.is_empty() {
            struct_ser.serialize_field("displayName", &self.display_name)?;
        }
        if !self.cert.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("cert", pbjson::private::base64::encode(&self.cert).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool::tls_config::CaCert {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "display_name",
            "displayName",
            "cert",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DisplayName,
            Cert,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "displayName" | "display_name" => Ok(GeneratedField::DisplayName),
                            "cert" => Ok(GeneratedField::Cert),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool::tls_config::CaCert;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.Tool.TLSConfig.CACert")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool::tls_config::CaCert, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut display_name__ = None;
                let mut cert__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DisplayName => {
                            if display_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("displayName"));
                            }
                            display_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Cert => {
                            if cert__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cert"));
                            }
                            cert__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool::tls_config::CaCert {
                    display_name: display_name__.unwrap_or_default(),
                    cert: cert__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.Tool.TLSConfig.CACert", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ToolCall {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.tool_display_name.is_empty() {
            len += 1;
        }
        if !self.tool_display_details.is_empty() {
            len += 1;
        }
        if !self.action.is_empty() {
            len += 1;
        }
        if self.input_parameters.is_some() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if !self.answer_record.is_empty() {
            len += 1;
        }
        if self.state != 0 {
            len += 1;
        }
        if self.source.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ToolCall", len)?;
        if !self.tool_display_name.is_empty() {
            struct_ser.serialize_field("toolDisplayName", &self.tool_display_name)?;
        }
        if !self.tool_display_details.is_empty() {
            struct_ser.serialize_field("toolDisplayDetails", &self.tool_display_details)?;
        }
        if !self.action.is_empty() {
            struct_ser.serialize_field("action", &self.action)?;
        }
        if let Some(v) = self.input_parameters.as_ref() {
            struct_ser.serialize_field("inputParameters", v)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if !self.answer_record.is_empty() {
            struct_ser.serialize_field("answerRecord", &self.answer_record)?;
        }
        if self.state != 0 {
            let v = crate::json::OpenEnum::<tool_call::State>::from_number(self.state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.state)))?;
            struct_ser.serialize_field("state", &v)?;
        }
        if let Some(v) = self.source.as_ref() {
            match v {
                tool_call::Source::Tool(v) => {
                    struct_ser.serialize_field("tool", v)?;
                }
                tool_call::Source::CesTool(v) => {
                    struct_ser.serialize_field("cesTool", v)?;
                }
                tool_call::Source::CesToolset(v) => {
                    struct_ser.serialize_field("cesToolset", v)?;
                }
                tool_call::Source::CesApp(v) => {
                    struct_ser.serialize_field("cesApp", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ToolCall {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "tool_display_name",
            "toolDisplayName",
            "tool_display_details",
            "toolDisplayDetails",
            "action",
            "input_parameters",
            "inputParameters",
            "create_time",
            "createTime",
            "answer_record",
            "answerRecord",
            "state",
            "tool",
            "ces_tool",
            "cesTool",
            "ces_toolset",
            "cesToolset",
            "ces_app",
            "cesApp",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ToolDisplayName,
            ToolDisplayDetails,
            Action,
            InputParameters,
            CreateTime,
            AnswerRecord,
            State,
            Tool,
            CesTool,
            CesToolset,
            CesApp,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "toolDisplayName" | "tool_display_name" => Ok(GeneratedField::ToolDisplayName),
                            "toolDisplayDetails" | "tool_display_details" => Ok(GeneratedField::ToolDisplayDetails),
                            "action" => Ok(GeneratedField::Action),
                            "inputParameters" | "input_parameters" => Ok(GeneratedField::InputParameters),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "answerRecord" | "answer_record" => Ok(GeneratedField::AnswerRecord),
                            "state" => Ok(GeneratedField::State),
                            "tool" => Ok(GeneratedField::Tool),
                            "cesTool" | "ces_tool" => Ok(GeneratedField::CesTool),
                            "cesToolset" | "ces_toolset" => Ok(GeneratedField::CesToolset),
                            "cesApp" | "ces_app" => Ok(GeneratedField::CesApp),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ToolCall;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ToolCall")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ToolCall, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut tool_display_name__ = None;
                let mut tool_display_details__ = None;
                let mut action__ = None;
                let mut input_parameters__ = None;
                let mut create_time__ = None;
                let mut answer_record__ = None;
                let mut state__ = None;
                let mut source__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ToolDisplayName => {
                            if tool_display_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("toolDisplayName"));
                            }
                            tool_display_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ToolDisplayDetails => {
                            if tool_display_details__.is_some() {
                                return Err(serde::de::Error::duplicate_field("toolDisplayDetails"));
                            }
                            tool_display_details__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Action => {
                            if action__.is_some() {
                                return Err(serde::de::Error::duplicate_field("action"));
                            }
                            action__ = Some(map_.next_value()?);
                        }
                        GeneratedField::InputParameters => {
                            if input_parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputParameters"));
                            }
                            input_parameters__ = map_.next_value()?;
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::AnswerRecord => {
                            if answer_record__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answerRecord"));
                            }
                            answer_record__ = Some(map_.next_value()?);
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = Some(map_.next_value::<crate::json::OpenEnum<tool_call::State>>()?.0);
                        }
                        GeneratedField::Tool => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tool"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(tool_call::Source::Tool);
                        }
                        GeneratedField::CesTool => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cesTool"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(tool_call::Source::CesTool);
                        }
                        GeneratedField::CesToolset => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cesToolset"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(tool_call::Source::CesToolset);
                        }
                        GeneratedField::CesApp => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cesApp"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(tool_call::Source::CesApp);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ToolCall {
                    tool_display_name: tool_display_name__.unwrap_or_default(),
                    tool_display_details: tool_display_details__.unwrap_or_default(),
                    action: action__.unwrap_or_default(),
                    input_parameters: input_parameters__,
                    create_time: create_time__,
                    answer_record: answer_record__.unwrap_or_default(),
                    state: state__.unwrap_or_default(),
                    source: source__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ToolCall", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool_call::State {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "STATE_UNSPECIFIED",
            Self::Triggered => "TRIGGERED",
            Self::NeedsConfirmation => "NEEDS_CONFIRMATION",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for tool_call::State {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "STATE_UNSPECIFIED",
            "TRIGGERED",
            "NEEDS_CONFIRMATION",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = tool_call::State;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "STATE_UNSPECIFIED" => Ok(tool_call::State::Unspecified),
                    "TRIGGERED" => Ok(tool_call::State::Triggered),
                    "NEEDS_CONFIRMATION" => Ok(tool_call::State::NeedsConfirmation),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ToolCallResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.action.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if !self.answer_record.is_empty() {
            len += 1;
        }
        if self.source.is_some() {
            len += 1;
        }
        if self.result.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ToolCallResult", len)?;
        if !self.action.is_empty() {
            struct_ser.serialize_field("action", &self.action)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if !self.answer_record.is_empty() {
            struct_ser.serialize_field("answerRecord", &self.answer_record)?;
        }
        if let Some(v) = self.source.as_ref() {
            match v {
                tool_call_result::Source::Tool(v) => {
                    struct_ser.serialize_field("tool", v)?;
                }
                tool_call_result::Source::CesToolset(v) => {
                    struct_ser.serialize_field("cesToolset", v)?;
                }
                tool_call_result::Source::CesTool(v) => {
                    struct_ser.serialize_field("cesTool", v)?;
                }
                tool_call_result::Source::CesApp(v) => {
                    struct_ser.serialize_field("cesApp", v)?;
                }
            }
        }
        if let Some(v) = self.result.as_ref() {
            match v {
                tool_call_result::Result::Error(v) => {
                    struct_ser.serialize_field("error", v)?;
                }
                tool_call_result::Result::RawContent(v) => {
                    #[allow(clippy::needless_borrow)]
                    #[allow(clippy::needless_borrows_for_generic_args)]
                    struct_ser.serialize_field("rawContent", pbjson::private::base64::encode(&v).as_str())?;
                }
                tool_call_result::Result::Content(v) => {
                    struct_ser.serialize_field("content", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ToolCallResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "action",
            "create_time",
            "createTime",
            "answer_record",
            "answerRecord",
            "tool",
            "ces_toolset",
            "cesToolset",
            "ces_tool",
            "cesTool",
            "ces_app",
            "cesApp",
            "error",
            "raw_content",
            "rawContent",
            "content",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Action,
            CreateTime,
            AnswerRecord,
            Tool,
            CesToolset,
            CesTool,
            CesApp,
            Error,
            RawContent,
            Content,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "action" => Ok(GeneratedField::Action),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "answerRecord" | "answer_record" => Ok(GeneratedField::AnswerRecord),
                            "tool" => Ok(GeneratedField::Tool),
                            "cesToolset" | "ces_toolset" => Ok(GeneratedField::CesToolset),
                            "cesTool" | "ces_tool" => Ok(GeneratedField::CesTool),
                            "cesApp" | "ces_app" => Ok(GeneratedField::CesApp),
                            "error" => Ok(GeneratedField::Error),
                            "rawContent" | "raw_content" => Ok(GeneratedField::RawContent),
                            "content" => Ok(GeneratedField::Content),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ToolCallResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ToolCallResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ToolCallResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut action__ = None;
                let mut create_time__ = None;
                let mut answer_record__ = None;
                let mut source__ = None;
                let mut result__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Action => {
                            if action__.is_some() {
                                return Err(serde::de::Error::duplicate_field("action"));
                            }
                            action__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::AnswerRecord => {
                            if answer_record__.is_some() {
                                return Err(serde::de::Error::duplicate_field("answerRecord"));
                            }
                            answer_record__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tool => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tool"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(tool_call_result::Source::Tool);
                        }
                        GeneratedField::CesToolset => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cesToolset"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(tool_call_result::Source::CesToolset);
                        }
                        GeneratedField::CesTool => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cesTool"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(tool_call_result::Source::CesTool);
                        }
                        GeneratedField::CesApp => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cesApp"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(tool_call_result::Source::CesApp);
                        }
                        GeneratedField::Error => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            result__ = map_.next_value::<::std::option::Option<_>>()?.map(tool_call_result::Result::Error)
;
                        }
                        GeneratedField::RawContent => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("rawContent"));
                            }
                            result__ = map_.next_value::<::std::option::Option<::pbjson::private::BytesDeserialize<_>>>()?.map(|x| tool_call_result::Result::RawContent(x.0));
                        }
                        GeneratedField::Content => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            result__ = map_.next_value::<::std::option::Option<_>>()?.map(tool_call_result::Result::Content);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ToolCallResult {
                    action: action__.unwrap_or_default(),
                    create_time: create_time__,
                    answer_record: answer_record__.unwrap_or_default(),
                    source: source__,
                    result: result__,
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ToolCallResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for tool_call_result::Error {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.message.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ToolCallResult.Error", len)?;
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for tool_call_result::Error {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "message",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Message,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "message" => Ok(GeneratedField::Message),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = tool_call_result::Error;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ToolCallResult.Error")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<tool_call_result::Error, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut message__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(tool_call_result::Error {
                    message: message__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ToolCallResult.Error", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ToolsetTool {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.toolset.is_empty() {
            len += 1;
        }
        if !self.operation_id.is_empty() {
            len += 1;
        }
        if self.confirmation_requirement != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.ToolsetTool", len)?;
        if !self.toolset.is_empty() {
            struct_ser.serialize_field("toolset", &self.toolset)?;
        }
        if !self.operation_id.is_empty() {
            struct_ser.serialize_field("operationId", &self.operation_id)?;
        }
        if self.confirmation_requirement != 0 {
            let v = crate::json::OpenEnum::<tool::ConfirmationRequirement>::from_number(self.confirmation_requirement)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.confirmation_requirement)))?;
            struct_ser.serialize_field("confirmationRequirement", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ToolsetTool {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "toolset",
            "operation_id",
            "operationId",
            "confirmation_requirement",
            "confirmationRequirement",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Toolset,
            OperationId,
            ConfirmationRequirement,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "toolset" => Ok(GeneratedField::Toolset),
                            "operationId" | "operation_id" => Ok(GeneratedField::OperationId),
                            "confirmationRequirement" | "confirmation_requirement" => Ok(GeneratedField::ConfirmationRequirement),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ToolsetTool;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.ToolsetTool")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ToolsetTool, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut toolset__ = None;
                let mut operation_id__ = None;
                let mut confirmation_requirement__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Toolset => {
                            if toolset__.is_some() {
                                return Err(serde::de::Error::duplicate_field("toolset"));
                            }
                            toolset__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OperationId => {
                            if operation_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("operationId"));
                            }
                            operation_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ConfirmationRequirement => {
                            if confirmation_requirement__.is_some() {
                                return Err(serde::de::Error::duplicate_field("confirmationRequirement"));
                            }
                            confirmation_requirement__ = Some(map_.next_value::<crate::json::OpenEnum<tool::ConfirmationRequirement>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ToolsetTool {
                    toolset: toolset__.unwrap_or_default(),
                    operation_id: operation_id__.unwrap_or_default(),
                    confirmation_requirement: confirmation_requirement__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.ToolsetTool", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TriggerEvent {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "TRIGGER_EVENT_UNSPECIFIED",
            Self::EndOfUtterance => "END_OF_UTTERANCE",
            Self::ManualCall => "MANUAL_CALL",
            Self::CustomerMessage => "CUSTOMER_MESSAGE",
            Self::AgentMessage => "AGENT_MESSAGE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for TriggerEvent {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "TRIGGER_EVENT_UNSPECIFIED",
            "END_OF_UTTERANCE",
            "MANUAL_CALL",
            "CUSTOMER_MESSAGE",
            "AGENT_MESSAGE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = TriggerEvent;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "TRIGGER_EVENT_UNSPECIFIED" => Ok(TriggerEvent::Unspecified),
                    "END_OF_UTTERANCE" => Ok(TriggerEvent::EndOfUtterance),
                    "MANUAL_CALL" => Ok(TriggerEvent::ManualCall),
                    "CUSTOMER_MESSAGE" => Ok(TriggerEvent::CustomerMessage),
                    "AGENT_MESSAGE" => Ok(TriggerEvent::AgentMessage),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for VoiceSelectionParams {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if self.ssml_gender != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("google.cloud.dialogflow.v2.VoiceSelectionParams", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.ssml_gender != 0 {
            let v = crate::json::OpenEnum::<SsmlVoiceGender>::from_number(self.ssml_gender)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.ssml_gender)))?;
            struct_ser.serialize_field("ssmlGender", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for VoiceSelectionParams {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "ssml_gender",
            "ssmlGender",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            SsmlGender,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "ssmlGender" | "ssml_gender" => Ok(GeneratedField::SsmlGender),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = VoiceSelectionParams;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct google.cloud.dialogflow.v2.VoiceSelectionParams")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<VoiceSelectionParams, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut ssml_gender__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SsmlGender => {
                            if ssml_gender__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ssmlGender"));
                            }
                            ssml_gender__ = Some(map_.next_value::<crate::json::OpenEnum<SsmlVoiceGender>>()?.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(VoiceSelectionParams {
                    name: name__.unwrap_or_default(),
                    ssml_gender: ssml_gender__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("google.cloud.dialogflow.v2.VoiceSelectionParams", FIELDS, GeneratedVisitor)
    }
}
