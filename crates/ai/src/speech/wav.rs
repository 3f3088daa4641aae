//! Just enough of the WAV (RIFF) format: fixing the sizes of streamed files and checking that
//! a recording is what recognition accepts.

/// What recognition accepts: 16 kHz, 16-bit, mono PCM.
pub const RECOGNITION_RATE: u32 = 16_000;

/// Why a recording cannot be recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WavProblem {
    /// Not a RIFF/WAVE file at all.
    NotWav,
    /// A WAV file, but not 16 kHz 16-bit mono PCM.
    WrongFormat,
    /// No samples.
    Empty,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn is_riff_wave(b: &[u8]) -> bool {
    b.len() >= 12 && &b[0..4] == b"RIFF" && &b[8..12] == b"WAVE"
}

/// The chunks after the RIFF header, as (id, start of data, declared size).
fn chunks(b: &[u8]) -> Vec<([u8; 4], usize, u32)> {
    let mut out = Vec::new();
    let mut pos = 12;
    while let (Some(id), Some(size)) = (b.get(pos..pos + 4), u32_at(b, pos + 4)) {
        let id: [u8; 4] = id.try_into().unwrap_or_default();
        out.push((id, pos + 8, size));
        let next = (pos + 8)
            .saturating_add(size as usize)
            .saturating_add(size as usize & 1);
        if &id == b"data" || next <= pos {
            break;
        }
        pos = next;
    }
    out
}

/// Writes the true RIFF and data sizes into a WAV file written to a pipe (espeak-ng leaves
/// placeholders there because it cannot seek back), so every browser plays it to the end.
pub fn fix_stream_sizes(b: &mut [u8]) {
    if !is_riff_wave(b) || b.len() > u32::MAX as usize {
        return;
    }
    let len = b.len();
    b[4..8].copy_from_slice(&((len - 8) as u32).to_le_bytes());
    if let Some((_, start, _)) = chunks(b).into_iter().find(|(id, ..)| id == b"data") {
        if start <= len {
            b[start - 4..start].copy_from_slice(&((len - start) as u32).to_le_bytes());
        }
    }
}

/// Checks that `b` is a 16 kHz, 16-bit mono PCM WAV file with samples in it.
pub fn check_recording(b: &[u8]) -> Result<(), WavProblem> {
    if !is_riff_wave(b) {
        return Err(WavProblem::NotWav);
    }
    let chunks = chunks(b);
    let (_, fmt, _) = chunks
        .iter()
        .find(|(id, ..)| id == b"fmt ")
        .ok_or(WavProblem::NotWav)?;
    let format = (
        u16_at(b, *fmt),
        u16_at(b, fmt + 2),
        u32_at(b, fmt + 4),
        u16_at(b, fmt + 14),
    );
    if format != (Some(1), Some(1), Some(RECOGNITION_RATE), Some(16)) {
        return Err(WavProblem::WrongFormat);
    }
    match chunks.iter().find(|(id, ..)| id == b"data") {
        Some((_, start, size)) if *size > 0 && b.len() > *start => Ok(()),
        _ => Err(WavProblem::Empty),
    }
}

/// A WAV file of `samples` 16-bit mono samples at `rate` (for tests and fakes).
pub fn pcm16_mono(rate: u32, samples: &[i16]) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let mut b = Vec::with_capacity(44 + data_len as usize);
    b.extend_from_slice(b"RIFF");
    b.extend_from_slice(&(36 + data_len).to_le_bytes());
    b.extend_from_slice(b"WAVEfmt ");
    b.extend_from_slice(&16u32.to_le_bytes());
    b.extend_from_slice(&1u16.to_le_bytes());
    b.extend_from_slice(&1u16.to_le_bytes());
    b.extend_from_slice(&rate.to_le_bytes());
    b.extend_from_slice(&(rate * 2).to_le_bytes());
    b.extend_from_slice(&2u16.to_le_bytes());
    b.extend_from_slice(&16u16.to_le_bytes());
    b.extend_from_slice(b"data");
    b.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        b.extend_from_slice(&s.to_le_bytes());
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_sizes_are_rewritten_to_the_real_ones() {
        let mut b = pcm16_mono(22_050, &[1, 2, 3]);
        b[4..8].copy_from_slice(&0x7fff_f024u32.to_le_bytes());
        b[40..44].copy_from_slice(&0x7fff_f000u32.to_le_bytes());
        fix_stream_sizes(&mut b);
        assert_eq!(b, pcm16_mono(22_050, &[1, 2, 3]));
    }

    #[test]
    fn recordings_must_be_16_khz_mono_pcm_with_samples() {
        assert_eq!(check_recording(&pcm16_mono(16_000, &[0; 160])), Ok(()));
        assert_eq!(
            check_recording(&pcm16_mono(44_100, &[0; 160])),
            Err(WavProblem::WrongFormat)
        );
        assert_eq!(
            check_recording(&pcm16_mono(16_000, &[])),
            Err(WavProblem::Empty)
        );
        assert_eq!(check_recording(b"OggS...."), Err(WavProblem::NotWav));
        assert_eq!(check_recording(b""), Err(WavProblem::NotWav));
    }
}
