//! The gRPC surface: tonic's server traits, implemented in `generated/` over the per-service
//! server traits, for [`GrpcApi`].
//!
//! Recording and fault injection happen in front of these, in the connection layer, so the
//! generated handlers only translate between tonic and the server, through
//! [`serve`](crate::service::serve) (which holds every request to the API's contract first).

use std::sync::Arc;

/// The tonic services sharing one server (the emulator's `Core`).
pub(crate) struct GrpcApi<S>(pub(crate) Arc<S>);

// By hand: a derived `Clone` would ask `S` itself to be `Clone`.
impl<S> Clone for GrpcApi<S> {
    fn clone(&self) -> Self {
        GrpcApi(self.0.clone())
    }
}
