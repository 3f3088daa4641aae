//! QR codes drawn on the server as SVG: black on white, scaled by the page's CSS.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An `<svg>` element of `data`'s QR code (quiet zone included), one unit per module, to be
/// inserted into a page unescaped: it holds only numbers and fixed attributes.
pub fn svg(data: &str) -> Result<String, kernel::AppError> {
    // Level M survives a crease or a smudge on a printed card.
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .map_err(|e| kernel::AppError::internal(anyhow::anyhow!("QR code: {e}")))?;
    let image = code
        .render::<svg::Color<'_>>()
        .module_dimensions(1, 1)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .quiet_zone(true)
        .build();
    // Inside HTML the XML declaration is noise; the element starts at `<svg`.
    Ok(match image.find("<svg") {
        Some(start) => image[start..].to_string(),
        None => image,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_long_url_gives_one_svg_element_without_the_xml_declaration() {
        let url = format!("https://alif24.uz/card/{}", "ab".repeat(32));
        let svg = super::svg(&url).unwrap();
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains(r##"fill="#000""##));
    }
}
