//! The `Participants` service: not served yet, so every RPC answers `UNIMPLEMENTED` (the
//! generated trait's default bodies).

use crate::generated::ParticipantsService;

use super::Core;

impl ParticipantsService for Core {}
