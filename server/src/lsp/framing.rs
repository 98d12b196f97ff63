//! A guard in front of the LSP transport: reads `Content-Length` framed messages from stdin and
//! forwards only well-formed JSON to the server. The transport's decoder stops reading for good
//! after one malformed message, which would silently kill the server; here a malformed message
//! is logged and dropped and the next one is served.

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

/// Bodies larger than this are dropped unread rather than buffered (a runaway client).
const MAX_BODY: usize = 256 * 1024 * 1024;

/// Copies well-formed messages from `input` to `output` until `input` ends.
pub async fn pump<R, W>(input: R, mut output: W)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = BufReader::new(input);
    loop {
        let mut content_length: Option<usize> = None;
        let mut saw_header = false;
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line).await {
                Ok(0) => return,
                Ok(_) => {}
                Err(e) => {
                    eprintln!("redline: cannot read from the client: {e}");
                    return;
                }
            }
            let trimmed = line.trim_end_matches(['\r', '\n']);
            if trimmed.is_empty() {
                if saw_header {
                    break;
                }
                continue;
            }
            saw_header = true;
            if let Some((name, value)) = trimmed.split_once(':') {
                if name.trim().eq_ignore_ascii_case("content-length") {
                    content_length = value.trim().parse().ok();
                }
            }
        }
        let Some(len) = content_length else {
            eprintln!("redline: dropped a message without a valid Content-Length header");
            continue;
        };
        if len > MAX_BODY {
            eprintln!("redline: dropped a {len}-byte message (over the {MAX_BODY}-byte limit)");
            let mut sink = (&mut reader).take(len as u64);
            if tokio::io::copy(&mut sink, &mut tokio::io::sink()).await.is_err() {
                return;
            }
            continue;
        }
        let mut body = vec![0u8; len];
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        if serde_json::from_slice::<serde_json::Value>(&body).is_err() {
            eprintln!("redline: dropped a malformed message ({len} bytes that are not JSON)");
            continue;
        }
        let header = format!("Content-Length: {len}\r\n\r\n");
        if output.write_all(header.as_bytes()).await.is_err() || output.write_all(&body).await.is_err() {
            return;
        }
        if output.flush().await.is_err() {
            return;
        }
    }
}
