//! The examples of the dialogflow-rs workspace live beside this file as `[[example]]` targets.
