//! The sender and receiver halves, without a wire.

use futures::StreamExt;
use futures::stream;

use super::*;

#[tokio::test]
async fn the_buffer_is_bounded_so_a_slow_consumer_holds_the_sender_back() {
    let (sender, mut requests) = RequestSender::<u32>::channel(2, StreamCounts::new());
    sender.send(1).await.unwrap();
    sender.send(2).await.unwrap();
    // The third waits for room.
    let third = sender.send(3);
    tokio::pin!(third);
    assert!(futures::poll!(third.as_mut()).is_pending());
    assert_eq!(requests.next().await, Some(1));
    third.await.unwrap();
    assert_eq!(sender.counts().sent(), 1);
}

#[tokio::test]
async fn dropping_the_sender_half_closes_the_request_stream() {
    let counts = StreamCounts::new();
    let (sender, requests) = RequestSender::<u32>::channel(8, counts.clone());
    for n in 0..5 {
        sender.send(n).await.unwrap();
    }
    sender.close();
    let all: Vec<u32> = requests.collect().await;
    assert_eq!(all, vec![0, 1, 2, 3, 4]);
    assert_eq!(counts.sent(), 5);
}

#[tokio::test]
async fn a_broken_stream_says_how_far_it_got_and_nothing_follows_the_error() {
    let counts = StreamCounts::new();
    counts.add_sent();
    counts.add_sent();
    let answers = stream::iter(vec![
        Ok("partial"),
        Err(Error::new(Code::Unavailable, "connection reset")),
        Ok("never seen"),
    ]);
    let mut receiver = ResponseReceiver::new(answers.boxed(), counts.clone());
    assert_eq!(receiver.next().await.unwrap().unwrap(), "partial");
    let err = receiver.next().await.unwrap().unwrap_err();
    assert_eq!(err.code(), Code::Unavailable);
    assert_eq!(
        err.message(),
        "the stream broke after 2 request(s) sent and 1 response(s) received: connection reset"
    );
    assert!(receiver.next().await.is_none());
    assert_eq!(counts.received(), 1);
}

#[tokio::test]
async fn a_send_after_the_call_ended_is_an_error_not_a_panic() {
    let (sender, mut requests) = RequestSender::<u32>::channel(1, StreamCounts::new());
    sender.send(1).await.unwrap();
    assert_eq!(requests.next().await, Some(1));
    drop(requests);
    let err = sender.send(2).await.unwrap_err();
    assert_eq!(err.code(), Code::Cancelled);
    assert!(err.message().contains("1 sent before it"), "{err}");
}
