//! The audit log under concurrent writers: several processes append at once (an agent runs
//! hooks concurrently); every record must land whole, once, in a chain that verifies.

use std::process::Command;

use redline::audit::{append, read_all, verify, Record};

const PROCESSES: usize = 8;
const RECORDS: usize = 500;
const TEST: &str = "concurrent_appends_from_many_processes_lose_and_tear_nothing";

#[test]
fn concurrent_appends_from_many_processes_lose_and_tear_nothing() {
    // In a child process: append this child's records one call at a time, then exit.
    if let (Ok(dir), Ok(id)) = (std::env::var("REDLINE_AUDIT_TEST_DIR"), std::env::var("REDLINE_AUDIT_TEST_CHILD")) {
        for n in 0..RECORDS {
            let mut r = [Record {
                ts: "2026-12-07T10:00:00.000Z".into(),
                agent: "claude".into(),
                session_id: Some(format!("child-{id}")),
                tool_use_id: Some(format!("{id}-{n}")),
                event: "PostToolUse".into(),
                decision: "allow".into(),
                // Longer than a pipe buffer's atomic write would guarantee on its own.
                reason: Some("x".repeat(5000)),
                redline_version: "test".into(),
                ..Record::default()
            }];
            append(std::path::Path::new(&dir), &mut r).expect("append");
        }
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let exe = std::env::current_exe().expect("test executable");
    let children: Vec<_> = (0..PROCESSES)
        .map(|i| {
            Command::new(&exe)
                .args([TEST, "--exact", "--nocapture", "--test-threads=1"])
                .env("REDLINE_AUDIT_TEST_DIR", dir.path())
                .env("REDLINE_AUDIT_TEST_CHILD", i.to_string())
                .spawn()
                .expect("spawn child")
        })
        .collect();
    for mut c in children {
        assert!(c.wait().expect("wait").success());
    }
    assert_eq!(verify(dir.path()), Ok(PROCESSES * RECORDS), "the chain verifies and holds every record");
    let records = read_all(dir.path());
    let mut ids: Vec<String> = records.iter().filter_map(|(_, _, r)| r.tool_use_id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), PROCESSES * RECORDS, "no record lost or duplicated");
    assert!(records.iter().all(|(_, _, r)| r.reason.as_ref().is_some_and(|x| x.len() == 5000)), "no record torn");
}
