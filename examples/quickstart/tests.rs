//! The quickstart's tests: the whole loop against the emulator, over both wires.

use dialogflow_conversations::Code;
use dialogflow_emulator::EmulatorHandle;
use dialogflow_examples::wav::parse_wav;

use super::*;

/// The quickstart's setup against an emulator whose operations finish in 50 ms.
async fn emulator_and_setup() -> (EmulatorHandle, Setup) {
    let emulator = Emulator::builder()
        .seed(11)
        .operation_delay(Duration::from_millis(50))
        .start()
        .await
        .unwrap();
    let setup = Setup {
        parent: "projects/quickstart-test/locations/global".into(),
        profile: None,
        knowledge_base: None,
        emulator: true,
        audio: Linear16 {
            pcm: audio::encode_utterance(SPOKEN, 16_000),
            sample_rate_hertz: 16_000,
        },
        polling: PollingPolicy::new()
            .with_initial_delay(Duration::from_millis(20))
            .with_max_delay(Duration::from_millis(50))
            .with_deadline(Duration::from_secs(30)),
    };
    (emulator, setup)
}

/// The whole loop over both wires: every turn listed in order with its role, the spoken
/// turn transcribed (gRPC), articles suggested, a summary of both sides, the conversation
/// completed and listed as such, and the profile gone at the end.
#[tokio::test]
async fn the_whole_loop_against_the_emulator() {
    let (emulator, setup) = emulator_and_setup().await;
    for transport in [Transport::Grpc, Transport::Rest] {
        let grpc = matches!(transport, Transport::Grpc);
        let clients = Clients::connect(transport, Some(emulator.host()), "global")
            .await
            .unwrap();
        emulator.clear_recorded_requests();
        let outcome = assisted_conversation(&clients, &setup).await.unwrap();

        let mut expected: Vec<(Role, String)> =
            TURNS.iter().map(|(r, t)| (*r, t.to_string())).collect();
        if grpc {
            expected.push((Role::EndUser, SPOKEN.to_string()));
        }
        assert_eq!(outcome.messages, expected);
        let spoken: &[&str] = if grpc { &[SPOKEN] } else { &[] };
        assert_eq!(outcome.transcripts, spoken);
        assert!(outcome.articles > 0, "{outcome:?}");
        // Both sides are in the summary, starting with the customer's first sentence.
        assert!(
            outcome
                .summary
                .starts_with("customer: Hello, my order 4711 has not arrived yet."),
            "{outcome:?}"
        );
        assert!(outcome.summary.contains("\nagent: Sorry to hear that."));
        assert!(outcome.listed_as_completed);

        let conversation = clients
            .conversations
            .get_conversation(&outcome.conversation)
            .await
            .unwrap();
        assert_eq!(state(&conversation), "COMPLETED");
        let gone = clients
            .profiles
            .get_conversation_profile(&outcome.profile)
            .await
            .unwrap_err();
        assert_eq!(gone.code(), Code::NotFound, "{gone}");

        // Everything went through the API: the calls the emulator saw, one by one.
        let methods: Vec<String> = emulator
            .recorded_requests()
            .iter()
            .map(|r| r.method.rsplit('/').next().unwrap_or_default().to_string())
            .collect();
        for rpc in [
            "CreateConversationProfile",
            "SetSuggestionFeatureConfig",
            "GetOperation",
            "CreateConversation",
            "CreateParticipant",
            "IngestContextReferences",
            "AnalyzeContent",
            "ListMessages",
            "SuggestConversationSummary",
            "CompleteConversation",
            "ListConversations",
            "DeleteConversationProfile",
        ] {
            assert!(methods.iter().any(|m| m == rpc), "{rpc} not in {methods:?}");
        }
        let streamed = methods.iter().any(|m| m == "StreamingAnalyzeContent");
        assert_eq!(streamed, grpc, "{methods:?}");
        let set = methods
            .iter()
            .filter(|m| *m == "SetSuggestionFeatureConfig")
            .count();
        assert_eq!(set, 2, "article suggestion and summarization: {methods:?}");
    }
    emulator.shutdown().await.unwrap();
}

/// With `--profile`, the loop uses that profile and leaves it in place.
#[tokio::test]
async fn a_given_profile_is_used_and_kept() {
    let (emulator, mut setup) = emulator_and_setup().await;
    let clients = Clients::connect(Transport::Rest, Some(emulator.host()), "global")
        .await
        .unwrap();
    let given = clients
        .profiles
        .create_conversation_profile(
            &setup.parent,
            ConversationProfile {
                display_name: "given".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    setup.profile = Some(given.name.clone());
    let outcome = assisted_conversation(&clients, &setup).await.unwrap();
    assert_eq!(outcome.profile, given.name);
    // Without suggestion features, the turns bring no articles.
    assert_eq!(outcome.articles, 0);
    clients
        .profiles
        .get_conversation_profile(&given.name)
        .await
        .unwrap();
    emulator.shutdown().await.unwrap();
}

/// A knowledge base goes into the article feature's query config; without one, Google
/// gets summarization alone and the emulator article suggestion without a source.
#[test]
fn the_features_follow_the_knowledge_base() {
    let setup = |knowledge_base: Option<&str>, emulator| Setup {
        parent: "projects/p/locations/global".into(),
        profile: None,
        knowledge_base: knowledge_base.map(str::to_string),
        emulator,
        audio: Linear16 {
            pcm: Vec::new(),
            sample_rate_hertz: 16_000,
        },
        polling: PollingPolicy::new(),
    };
    let names = |features: &[SuggestionFeatureConfig]| {
        features.iter().map(feature_name).collect::<Vec<_>>()
    };
    let kb = "projects/p/locations/global/knowledgeBases/kb1";
    let with_kb = features(&setup(Some(kb), false));
    assert_eq!(
        names(&with_kb),
        ["ARTICLE_SUGGESTION", "CONVERSATION_SUMMARIZATION"]
    );
    let source = with_kb[0]
        .query_config
        .as_ref()
        .unwrap()
        .query_source
        .clone();
    assert_eq!(
        source,
        Some(QuerySource::KnowledgeBaseQuerySource(
            KnowledgeBaseQuerySource {
                knowledge_bases: vec![kb.to_string()]
            }
        ))
    );
    let summary_model = with_kb[1].conversation_model_config.as_ref().unwrap();
    assert_eq!(summary_model.baseline_model_version, "1.0");

    assert_eq!(
        names(&features(&setup(None, false))),
        ["CONVERSATION_SUMMARIZATION"]
    );
    let on_emulator = features(&setup(None, true));
    assert_eq!(
        names(&on_emulator),
        ["ARTICLE_SUGGESTION", "CONVERSATION_SUMMARIZATION"]
    );
    assert!(on_emulator[0].query_config.is_none());
}

/// `--audio` reads the samples of a 16-bit mono WAV and refuses anything else, saying what
/// it found.
#[test]
fn wav_files() {
    let pcm = audio::encode_utterance("hello", 8_000);
    let read = parse_wav(&audio::wav(&pcm, 8_000)).unwrap();
    assert_eq!(read.pcm, pcm);
    assert_eq!(read.sample_rate_hertz, 8_000);

    let err = parse_wav(b"not a wav file at all").unwrap_err();
    assert!(err.contains("expected a WAV file"), "{err}");
    let mut stereo = audio::wav(&pcm, 8_000);
    stereo[22] = 2; // the fmt chunk's channel count
    let err = parse_wav(&stereo).unwrap_err();
    assert!(
        err.contains("1 channel") && err.contains("2 channel(s)"),
        "{err}"
    );
    let mut no_rate = audio::wav(&pcm, 8_000);
    no_rate[24..28].copy_from_slice(&[0; 4]); // the fmt chunk's sample rate
    let err = parse_wav(&no_rate).unwrap_err();
    assert!(err.contains("sample rate of 0"), "{err}");
    let header_only = &audio::wav(&pcm, 8_000)[..36];
    let err = parse_wav(header_only).unwrap_err();
    assert!(err.contains("data chunk"), "{err}");
    let missing = read_wav("/no/such/file.wav".as_ref()).unwrap_err();
    assert!(
        missing.starts_with("cannot read /no/such/file.wav"),
        "{missing}"
    );
}
