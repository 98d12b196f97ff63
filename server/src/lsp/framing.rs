//! Guards on both sides of the LSP transport.
//!
//! The transport (tower-lsp-server's codec) stops reading for good after one message it cannot
//! decode, and after a bad `Content-Length` it never finds the next message: one stray byte
//! sequence would leave the server alive but deaf. So stdin goes through [`pump_input`] first:
//! it frames messages itself, resynchronises on the next `Content-Length` header after any
//! framing error, forwards only messages that are JSON-RPC requests, notifications or
//! responses, and answers everything else as JSON-RPC says (`Parse error` / `Invalid Request`).
//! Those answers are written by [`pump_output`], which copies the server's own output to stdout
//! a whole frame at a time so that an injected answer never lands inside another message.

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use serde::Deserialize as _;
use tower_lsp_server::jsonrpc::{Request, Response};

/// Bodies larger than this are dropped unread rather than buffered (a runaway client).
const MAX_BODY: usize = 256 * 1024 * 1024;
/// A header block longer than this is garbage, not a header.
const MAX_HEADER: usize = 8 * 1024;
const HEADER_NAME: &[u8] = b"content-length";

/// JSON-RPC error codes for messages the transport never sees.
const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;

/// What one framed body turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A request, notification or response: forward it.
    Forward,
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a JSON-RPC message; answer `Invalid Request` with this id (`null` when
    /// the message had no usable id).
    NotJsonRpc { id: serde_json::Value },
}

/// Classifies one message body.
pub fn classify(body: &[u8]) -> Verdict {
    // serde_json bounds its own recursion (128 levels), so a deeply nested body is an error
    // here, not a stack overflow.
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return Verdict::NotJson;
    };
    if value.is_object() {
        // Deserialized from the borrowed value: a large didOpen is not copied.
        if Request::deserialize(&value).is_ok() || Response::deserialize(&value).is_ok() {
            return Verdict::Forward;
        }
        let id = match value.get("id") {
            Some(id @ serde_json::Value::String(_)) => id.clone(),
            Some(serde_json::Value::Number(n)) if n.is_i64() => serde_json::Value::Number(n.clone()),
            _ => serde_json::Value::Null,
        };
        return Verdict::NotJsonRpc { id };
    }
    // `null`, a number, a string, or a batch array (LSP has no batches).
    Verdict::NotJsonRpc { id: serde_json::Value::Null }
}

fn error_frame(id: serde_json::Value, code: i64, message: &str) -> Vec<u8> {
    let body = serde_json::json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } }).to_string();
    let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    frame.extend_from_slice(body.as_bytes());
    frame
}

/// Position of `needle` in `haystack`, ignoring ASCII case.
fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    (0..=haystack.len() - needle.len()).find(|&i| haystack[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The result of reading one header block.
enum Header {
    Length(usize),
    /// The block had no usable `Content-Length` (the reason, for the log).
    Bad(&'static str),
}

/// Parses a header block (without the blank line that ends it).
fn parse_header(block: &[u8]) -> Header {
    let text = String::from_utf8_lossy(block);
    let mut length = None;
    for line in text.split('\n') {
        let line = line.trim_end_matches('\r');
        let Some((name, value)) = line.split_once(':') else { continue };
        if name.trim().eq_ignore_ascii_case("content-length") {
            let value = value.trim();
            // Digits only: `-1`, `+5`, `1e3`, `0x10` are all errors.
            if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                return Header::Bad("a non-numeric Content-Length");
            }
            match value.parse::<usize>() {
                Ok(n) => length = Some(n),
                Err(_) => return Header::Bad("an out-of-range Content-Length"),
            }
        }
    }
    match length {
        Some(n) => Header::Length(n),
        None => Header::Bad("no Content-Length header"),
    }
}

/// A byte buffer over the client's stream with the operations the framer needs.
struct Input<R> {
    reader: R,
    buf: Vec<u8>,
    eof: bool,
}

impl<R: AsyncRead + Unpin> Input<R> {
    /// Reads more bytes; false at the end of the stream or on an error.
    async fn fill(&mut self) -> bool {
        if self.eof {
            return false;
        }
        let mut chunk = [0u8; 64 * 1024];
        match self.reader.read(&mut chunk).await {
            Ok(0) => {
                self.eof = true;
                false
            }
            Ok(n) => {
                self.buf.extend_from_slice(&chunk[..n]);
                true
            }
            Err(e) => {
                crate::note!("redline: cannot read from the client: {e}");
                self.eof = true;
                false
            }
        }
    }

    /// Drops everything before the next `Content-Length` name (keeping a tail that may be the
    /// start of one). Returns how many bytes were dropped.
    fn skip_to_header_name(&mut self, from: usize) -> usize {
        let from = from.min(self.buf.len());
        match find_ignore_case(&self.buf[from..], HEADER_NAME) {
            Some(i) => {
                self.buf.drain(..from + i);
                from + i
            }
            None => {
                // Keep only a tail that may be the start of a header name split across reads
                // (it holds no line break, so the header search waits for more input).
                let keep = (1..HEADER_NAME.len().min(self.buf.len() + 1))
                    .rev()
                    .find(|&k| self.buf[self.buf.len() - k..].eq_ignore_ascii_case(&HEADER_NAME[..k]))
                    .unwrap_or(0);
                let dropped = self.buf.len() - keep;
                self.buf.drain(..dropped);
                dropped
            }
        }
    }
}

/// Reads framed messages from `input` until it ends, forwarding JSON-RPC messages to `output`
/// and sending error answers for the rest to `answers`.
pub async fn pump_input<R, W>(input: R, mut output: W, answers: mpsc::UnboundedSender<Vec<u8>>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut input = Input { reader: input, buf: Vec::with_capacity(64 * 1024), eof: false };
    loop {
        // The header block: up to the first blank line.
        let (block_end, sep_len) = loop {
            let crlf = find(&input.buf, b"\r\n\r\n").map(|i| (i, 4));
            let lf = find(&input.buf, b"\n\n").map(|i| (i, 2));
            let end = match (crlf, lf) {
                (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
                (a, b) => a.or(b),
            };
            if let Some(end) = end {
                break end;
            }
            if input.buf.len() > MAX_HEADER {
                let dropped = input.skip_to_header_name(1);
                crate::note!("redline: skipped {dropped} bytes that were not a message header");
                continue;
            }
            if !input.fill().await {
                if input.buf.iter().any(|b| !b.is_ascii_whitespace()) {
                    crate::note!("redline: the client's stream ended inside a message header");
                }
                return;
            }
        };
        // Anything before the header name is debris from an earlier message whose length was
        // wrong (`Content-Type` may legitimately come first: keep blocks that start with a
        // header line).
        let block = input.buf[..block_end].to_vec();
        if block.iter().all(|b| b.is_ascii_whitespace()) {
            input.buf.drain(..block_end + sep_len);
            continue;
        }
        let starts_with_header = block.first().is_some_and(|b| b.is_ascii_alphabetic()) && {
            let first_line = block.split(|&b| b == b'\n').next().unwrap_or(&[]);
            first_line.contains(&b':') && first_line.iter().take_while(|&&b| b != b':').all(|b| b.is_ascii_alphanumeric() || *b == b'-')
        };
        if !starts_with_header {
            let dropped = input.skip_to_header_name(1);
            crate::note!("redline: skipped {dropped} bytes before the next message header");
            continue;
        }
        let len = match parse_header(&block) {
            Header::Length(n) => n,
            Header::Bad(why) => {
                crate::note!("redline: dropped a message with {why}; looking for the next header");
                input.buf.drain(..block_end + sep_len);
                input.skip_to_header_name(0);
                let _ = answers.send(error_frame(serde_json::Value::Null, PARSE_ERROR, "Parse error: bad message header"));
                continue;
            }
        };
        input.buf.drain(..block_end + sep_len);
        if len > MAX_BODY {
            crate::note!("redline: dropped a {len}-byte message (over the {MAX_BODY}-byte limit)");
            let mut left = len;
            loop {
                let take = left.min(input.buf.len());
                input.buf.drain(..take);
                left -= take;
                if left == 0 {
                    break;
                }
                if !input.fill().await {
                    return;
                }
            }
            let _ = answers.send(error_frame(serde_json::Value::Null, INVALID_REQUEST, "Invalid Request: message too large"));
            continue;
        }
        while input.buf.len() < len {
            if !input.fill().await {
                crate::note!("redline: the client's stream ended inside a message body");
                return;
            }
        }
        let verdict = classify(&input.buf[..len]);
        match verdict {
            Verdict::Forward => {
                let header = format!("Content-Length: {len}\r\n\r\n");
                let ok = output.write_all(header.as_bytes()).await.is_ok() && output.write_all(&input.buf[..len]).await.is_ok() && output.flush().await.is_ok();
                input.buf.drain(..len);
                if !ok {
                    return;
                }
                // A large document grew the buffer: give the memory back.
                if input.buf.capacity() > 1024 * 1024 && input.buf.len() < 64 * 1024 {
                    input.buf.shrink_to(64 * 1024);
                }
            }
            Verdict::NotJson => {
                // A body that is not JSON usually means the length was wrong. Too long: the
                // next message's header is inside it, so put that back. Too short: the rest of
                // this body comes before the next header, which the header search skips.
                // (The header name may run past the claimed end: search the whole buffer.)
                let next = find_ignore_case(&input.buf[1..], HEADER_NAME).map(|i| i + 1).filter(|&i| i < len);
                crate::note!("redline: dropped a malformed message ({len} bytes that are not JSON)");
                input.buf.drain(..next.unwrap_or(len));
                let _ = answers.send(error_frame(serde_json::Value::Null, PARSE_ERROR, "Parse error: the message is not JSON"));
            }
            Verdict::NotJsonRpc { id } => {
                crate::note!("redline: answered a JSON message that is not a JSON-RPC request, notification or response");
                input.buf.drain(..len);
                let _ = answers.send(error_frame(id, INVALID_REQUEST, "Invalid Request: not a JSON-RPC 2.0 message"));
            }
        }
    }
}

/// Copies the server's output to `out` one whole frame at a time, with the framer's answers
/// written between frames. Returns when the server's output ends.
pub async fn pump_output<R, W>(server: R, mut out: W, mut answers: mpsc::UnboundedReceiver<Vec<u8>>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut server = Input { reader: server, buf: Vec::new(), eof: false };
    let mut answers_open = true;
    loop {
        // Whole frames already buffered go out first.
        while let Some(frame_len) = complete_frame(&server.buf) {
            if out.write_all(&server.buf[..frame_len]).await.is_err() {
                return;
            }
            server.buf.drain(..frame_len);
        }
        if out.flush().await.is_err() {
            return;
        }
        if server.buf.capacity() > 1024 * 1024 && server.buf.len() < 64 * 1024 {
            server.buf.shrink_to(64 * 1024);
        }
        tokio::select! {
            more = server.fill() => {
                if !more {
                    // Whatever is left (the server never writes partial frames) and any answers.
                    let _ = out.write_all(&server.buf).await;
                    while let Ok(frame) = answers.try_recv() {
                        let _ = out.write_all(&frame).await;
                    }
                    let _ = out.flush().await;
                    return;
                }
            }
            answer = answers.recv(), if answers_open => {
                match answer {
                    Some(frame) => {
                        if out.write_all(&frame).await.is_err() {
                            return;
                        }
                    }
                    None => answers_open = false,
                }
            }
        }
    }
}

/// The length of the first complete frame in `buf` (header and body), if there is one.
fn complete_frame(buf: &[u8]) -> Option<usize> {
    let end = find(buf, b"\r\n\r\n")?;
    let Header::Length(len) = parse_header(&buf[..end]) else {
        // The server's own framing is never wrong; pass the bytes through rather than stall.
        return Some(end + 4);
    };
    let total = end + 4 + len;
    (buf.len() >= total).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{}", body.len(), body)
    }

    /// Runs the input pump over `input`; returns the forwarded bodies and the answers.
    fn run(input: &[u8]) -> (Vec<String>, Vec<serde_json::Value>) {
        let rt = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
        rt.block_on(async {
            let (tx, mut rx) = mpsc::unbounded_channel();
            let mut forwarded = Vec::new();
            pump_input(input, &mut forwarded, tx).await;
            let mut bodies = Vec::new();
            let mut rest = &forwarded[..];
            while let Some(n) = complete_frame(rest) {
                let text = std::str::from_utf8(&rest[..n]).expect("utf8");
                bodies.push(text.split_once("\r\n\r\n").expect("frame").1.to_owned());
                rest = &rest[n..];
            }
            assert!(rest.is_empty());
            let mut answers = Vec::new();
            while let Ok(a) = rx.try_recv() {
                let text = String::from_utf8(a).expect("utf8");
                answers.push(serde_json::from_str(text.split_once("\r\n\r\n").expect("frame").1).expect("json"));
            }
            (bodies, answers)
        })
    }

    const PING: &str = r#"{"jsonrpc":"2.0","method":"ping"}"#;

    #[test]
    fn json_that_is_not_json_rpc_is_answered_and_reading_goes_on() {
        for bad in ["{}", "[]", "null", "42", r#"[{"jsonrpc":"2.0","id":1,"method":"x"}]"#, r#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#, r#""str""#] {
            let input = format!("{}{}", frame(bad), frame(PING));
            let (bodies, answers) = run(input.as_bytes());
            assert_eq!(bodies, vec![PING.to_owned()], "{bad}");
            assert_eq!(answers.len(), 1, "{bad}");
            assert_eq!(answers[0]["error"]["code"], INVALID_REQUEST, "{bad}");
            assert_eq!(answers[0]["id"], serde_json::Value::Null, "{bad}");
        }
        // A usable id is echoed.
        let (_, answers) = run(frame(r#"{"id":7,"method":3}"#).as_bytes());
        assert_eq!(answers[0]["id"], 7);
    }

    #[test]
    fn bad_lengths_resynchronise_on_the_next_header() {
        let good = frame(PING);
        let cases = [
            format!("Content-Length: abc\r\n\r\n{PING}{good}"),
            format!("Content-Length: -5\r\n\r\n{PING}{good}"),
            format!("\r\n\r\n{PING}{good}"),
            format!("Content-Type: x\r\n\r\n{PING}{good}"),
            format!("Content-Length: 99999999999999999999999\r\n\r\n{PING}{good}"),
            // Too small: the rest of the body precedes the next header.
            format!("Content-Length: 10\r\n\r\n{PING}{good}"),
            // Too large: the next message is inside the claimed body.
            format!("Content-Length: {}\r\n\r\n{PING}{good}", PING.len() + 10),
            format!("garbage without a header at all\n\n{good}"),
            format!("garbage then a blank line\r\n\r\n"),
        ];
        for (i, input) in cases.iter().enumerate() {
            // Garbage alone must not loop: the pump returns at the end of the stream.
            let input = if input.ends_with("\r\n\r\n") { format!("{input}{good}") } else { input.clone() };
            let (bodies, _) = run(input.as_bytes());
            assert_eq!(bodies, vec![PING.to_owned()], "case {i}: {input:?}");
        }
        let (bodies, _) = run(b"only garbage\r\n\r\nContent-Le");
        assert!(bodies.is_empty());
    }

    #[test]
    fn deeply_nested_json_is_rejected_without_recursion() {
        let deep = "[".repeat(1_000_000);
        let input = format!("{}{}", frame(&deep), frame(PING));
        let (bodies, answers) = run(input.as_bytes());
        assert_eq!(bodies, vec![PING.to_owned()]);
        assert_eq!(answers[0]["error"]["code"], PARSE_ERROR);
    }

    #[test]
    fn output_frames_are_never_split_by_answers() {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        rt.block_on(async {
            let (tx, rx) = mpsc::unbounded_channel();
            let a = frame(r#"{"jsonrpc":"2.0","id":1,"result":null}"#);
            let b = frame(r#"{"jsonrpc":"2.0","id":2,"result":null}"#);
            tx.send(error_frame(serde_json::Value::Null, PARSE_ERROR, "x")).expect("send");
            drop(tx);
            let server = format!("{a}{b}");
            let mut out = Vec::new();
            pump_output(server.as_bytes(), &mut out, rx).await;
            let text = String::from_utf8(out).expect("utf8");
            assert!(text.contains(&a) && text.contains(&b), "{text}");
            assert_eq!(text.matches("Content-Length").count(), 3);
        });
    }
}
