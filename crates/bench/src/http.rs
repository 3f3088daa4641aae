//! A minimal HTTP/1.1 keep-alive client: pre-built request bytes out, status and body in.
//!
//! Written for the load generator, so it does as little as it can: no header map, no
//! allocation per request beyond the body it is asked to keep.

use std::net::SocketAddr;

use anyhow::{bail, Context};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The bytes of one request, built once and sent many times.
pub fn request(method: &str, path: &str, headers: &[(&str, &str)], body: Option<&[u8]>) -> Vec<u8> {
    let mut r = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (k, v) in headers {
        r.push_str(&format!("{k}: {v}\r\n"));
    }
    let mut r = r.into_bytes();
    if let Some(b) = body {
        r.extend_from_slice(format!("Content-Length: {}\r\n\r\n", b.len()).as_bytes());
        r.extend_from_slice(b);
    } else {
        r.extend_from_slice(b"\r\n");
    }
    r
}

/// One parsed response at the start of a buffer.
#[derive(Debug, PartialEq, Eq)]
pub struct Parsed {
    pub status: u16,
    /// Bytes of the buffer this response took (head and body).
    pub consumed: usize,
    /// The body, decoded from chunks if it came chunked; empty unless asked for.
    pub body: Vec<u8>,
    /// The server said `Connection: close`.
    pub close: bool,
}

/// Parses one response from the start of `buf`: `Ok(None)` while it is incomplete.
pub fn parse(buf: &[u8], keep_body: bool) -> anyhow::Result<Option<Parsed>> {
    let Some(head_end) = find(buf, b"\r\n\r\n") else {
        return Ok(None);
    };
    let head = std::str::from_utf8(&buf[..head_end]).context("response head is not text")?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let mut parts = status_line.splitn(3, ' ');
    let (Some(version), Some(code)) = (parts.next(), parts.next()) else {
        bail!("bad status line {status_line:?}");
    };
    if !version.starts_with("HTTP/1.") {
        bail!("bad status line {status_line:?}");
    }
    let status: u16 = code
        .parse()
        .with_context(|| format!("bad status {code:?}"))?;
    let mut length = None;
    let mut chunked = false;
    let mut close = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            length = Some(value.parse::<usize>().context("bad Content-Length")?);
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            chunked = value.to_ascii_lowercase().contains("chunked");
        } else if name.eq_ignore_ascii_case("connection") {
            close = value.eq_ignore_ascii_case("close");
        }
    }
    let start = head_end + 4;
    let no_body = status == 204 || status == 304 || (100..200).contains(&status);
    if chunked && !no_body {
        return Ok(
            parse_chunked(&buf[start..], keep_body)?.map(|(used, body)| Parsed {
                status,
                consumed: start + used,
                body,
                close,
            }),
        );
    }
    let length = if no_body { 0 } else { length.unwrap_or(0) };
    if buf.len() < start + length {
        return Ok(None);
    }
    let body = if keep_body {
        buf[start..start + length].to_vec()
    } else {
        Vec::new()
    };
    Ok(Some(Parsed {
        status,
        consumed: start + length,
        body,
        close,
    }))
}

/// A chunked body: the bytes it took (with the last chunk and trailers) and its content.
fn parse_chunked(buf: &[u8], keep_body: bool) -> anyhow::Result<Option<(usize, Vec<u8>)>> {
    let mut at = 0;
    let mut body = Vec::new();
    loop {
        let Some(line_end) = find(&buf[at..], b"\r\n") else {
            return Ok(None);
        };
        let size_text = std::str::from_utf8(&buf[at..at + line_end]).context("chunk size")?;
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16)
            .with_context(|| format!("bad chunk size {size_text:?}"))?;
        at += line_end + 2;
        if size == 0 {
            // Trailers (usually none) end with an empty line.
            let used = if buf[at..].starts_with(b"\r\n") {
                at + 2
            } else if let Some(end) = find(&buf[at..], b"\r\n\r\n") {
                at + end + 4
            } else {
                return Ok(None);
            };
            return Ok(Some((used, body)));
        }
        if buf.len() < at + size + 2 {
            return Ok(None);
        }
        if keep_body {
            body.extend_from_slice(&buf[at..at + size]);
        }
        at += size + 2;
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// One keep-alive connection; reconnects when the server closed it.
pub struct Conn {
    addr: SocketAddr,
    stream: Option<TcpStream>,
    buf: Vec<u8>,
}

impl Conn {
    pub fn new(addr: SocketAddr) -> Self {
        Conn {
            addr,
            stream: None,
            buf: Vec::with_capacity(64 * 1024),
        }
    }

    /// Sends a request and reads its response.
    pub async fn send(&mut self, req: &[u8], keep_body: bool) -> anyhow::Result<Parsed> {
        if self.stream.is_none() {
            let s = TcpStream::connect(self.addr).await?;
            s.set_nodelay(true)?;
            self.stream = Some(s);
            self.buf.clear();
        }
        let result = self.exchange(req, keep_body).await;
        match &result {
            Ok(p) if !p.close => {}
            _ => self.stream = None,
        }
        result
    }

    async fn exchange(&mut self, req: &[u8], keep_body: bool) -> anyhow::Result<Parsed> {
        let stream = self.stream.as_mut().expect("connected");
        stream.write_all(req).await?;
        loop {
            if let Some(p) = parse(&self.buf, keep_body)? {
                self.buf.drain(..p.consumed);
                return Ok(p);
            }
            let mut chunk = [0u8; 16 * 1024];
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                bail!("the server closed the connection");
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_content_length_response_is_parsed_once_complete() {
        let full = b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhelloHTTP/1.1";
        assert_eq!(parse(&full[..30], true).unwrap(), None);
        let p = parse(full, true).unwrap().unwrap();
        assert_eq!(p.status, 200);
        assert_eq!(p.body, b"hello");
        assert_eq!(p.consumed, full.len() - "HTTP/1.1".len());
        assert!(!p.close);
    }

    #[test]
    fn a_chunked_response_is_decoded() {
        let full = b"HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
        assert_eq!(parse(&full[..full.len() - 2], true).unwrap(), None);
        let p = parse(full, true).unwrap().unwrap();
        assert_eq!((p.status, p.body.as_slice()), (404, &b"abcde"[..]));
        assert_eq!(p.consumed, full.len());
        assert!(p.close);
    }

    #[test]
    fn no_content_has_no_body_and_garbage_is_an_error() {
        let p = parse(b"HTTP/1.1 204 No Content\r\n\r\n", false)
            .unwrap()
            .unwrap();
        assert_eq!((p.status, p.consumed), (204, 27));
        assert!(parse(b"SSH-2.0-OpenSSH\r\n\r\n", false).is_err());
    }

    #[test]
    fn requests_carry_their_body_length() {
        let r = request("POST", "/x", &[("A", "b")], Some(b"{}"));
        assert_eq!(
            r,
            b"POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nA: b\r\nContent-Length: 2\r\n\r\n{}"
        );
    }
}
