//! `input::read` through serde_json over arbitrary bytes, both streaming and through
//! `serde_json::Value`, then `validate_input`; the same bytes are also tried as a profile.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut profile = jixiao_fuzz::profile_from_tail(data);
    if let Ok(p) = serde_json::from_slice::<jixiao::Profile>(data) {
        if p.validate().is_ok() {
            profile = p;
        }
    }
    let mut de = serde_json::Deserializer::from_slice(data);
    let streamed = jixiao::input::read(&mut de).ok();
    let via_value = serde_json::from_slice::<serde_json::Value>(data)
        .ok()
        .and_then(|v| jixiao::input::read(v).ok());
    if let (Some(a), Some(b)) = (&streamed, &via_value) {
        assert_eq!(a.0, b.0, "streamed and Value reads differ");
    }
    for (raw, issues) in streamed.into_iter().chain(via_value) {
        for i in &issues {
            assert!(
                jixiao_fuzz::path_exists(&raw, &i.path),
                "issue at {}",
                i.path
            );
        }
        let d = jixiao::validate_input(&raw, issues, &profile);
        jixiao_fuzz::check_diagnostics(&raw, &profile, &d);
    }
});
