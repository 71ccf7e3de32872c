//! The gRPC surface: tonic's server traits, implemented in `generated/` over the per-service
//! server traits, for [`GrpcApi`].
//!
//! Recording and fault injection happen in front of these, in the connection layer, so the
//! generated handlers only translate between tonic and the server, through
//! [`serve`](crate::service::serve) (which holds every request to the API's contract first).

use std::sync::Arc;

use futures::StreamExt as _;

use crate::error::ApiError;

/// The tonic services sharing one server (the emulator's `Core`).
pub(crate) struct GrpcApi<S>(pub(crate) Arc<S>);

// By hand: a derived `Clone` would ask `S` itself to be `Clone`.
impl<S> Clone for GrpcApi<S> {
    fn clone(&self) -> Self {
        GrpcApi(self.0.clone())
    }
}

/// The requests of a bidirectional call, as a server trait method reads them: each message,
/// or the error that ended the stream (the client reset it, or a message did not decode).
pub(crate) type Inbound<T> = futures::stream::BoxStream<'static, Result<T, ApiError>>;

/// The responses of a bidirectional call, as a server trait method answers them: each
/// message, then at most one error, which ends the call with that status.
pub(crate) type Outbound<T> = futures::stream::BoxStream<'static, Result<T, ApiError>>;

/// tonic's stream of requests as an [`Inbound`].
pub(crate) fn inbound<T: Send + 'static>(requests: tonic::Streaming<T>) -> Inbound<T> {
    requests
        .map(|item| item.map_err(|status| ApiError::from_status(&status)))
        .boxed()
}

/// An [`Outbound`] as the stream of statuses tonic sends.
pub(crate) fn outbound<T: Send + 'static>(
    responses: Outbound<T>,
) -> futures::stream::BoxStream<'static, Result<T, tonic::Status>> {
    responses
        .map(|item| item.map_err(tonic::Status::from))
        .boxed()
}
