// Trace: the letter drawn faintly on a canvas; the child draws over it with a finger or the
// mouse (Pointer Events). "Done" scores the ink against the glyph's own pixels on a small grid.

import { maskFromImageData, traceResult } from './trace-score.js';

const GRID = 160; // side of the scoring grid, in pixels
const BRUSH = 0.075; // ink width, as a share of the canvas side
const RADIUS = 0.05 * GRID; // guide pixels this close to ink count as covered
const TOLERANCE = 0.03 * GRID; // ink this close to the guide is not outside
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

/** Sets a bold font sized so `text` fills most of a `side`×`side` square; returns its origin. */
function placeGlyph(ctx, text, side) {
  ctx.font = `700 100px ${FONT}`;
  const m = ctx.measureText(text);
  const w = m.actualBoundingBoxLeft + m.actualBoundingBoxRight || m.width;
  const h = m.actualBoundingBoxAscent + m.actualBoundingBoxDescent || 72;
  const size = 100 * Math.min((side * 0.8) / w, (side * 0.78) / h);
  ctx.font = `700 ${size}px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  const n = ctx.measureText(text);
  return {
    x: (side + n.actualBoundingBoxLeft - n.actualBoundingBoxRight) / 2,
    y: (side + n.actualBoundingBoxAscent - n.actualBoundingBoxDescent) / 2,
  };
}

function drawInk(ctx, strokes, side, color) {
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = BRUSH * side;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const s of strokes) {
    ctx.beginPath();
    if (s.length === 1) {
      ctx.arc(s[0][0] * side, s[0][1] * side, (BRUSH * side) / 2, 0, Math.PI * 2);
      ctx.fill();
      continue;
    }
    s.forEach(([x, y], i) => (i ? ctx.lineTo(x * side, y * side) : ctx.moveTo(x * side, y * side)));
    ctx.stroke();
  }
}

/** Coverage and outside figures for `strokes` (points in 0–1) over `text`. */
export function scoreStrokes(text, strokes) {
  const grid = (draw) => {
    const c = document.createElement('canvas');
    c.width = GRID;
    c.height = GRID;
    const ctx = c.getContext('2d', { willReadFrequently: true });
    draw(ctx);
    return maskFromImageData(ctx.getImageData(0, 0, GRID, GRID));
  };
  const guide = grid((ctx) => {
    const at = placeGlyph(ctx, text, GRID);
    ctx.fillText(text, at.x, at.y);
  });
  const ink = grid((ctx) => drawInk(ctx, strokes, GRID, '#000'));
  return traceResult(guide, ink, { radius: RADIUS, tolerance: TOLERANCE });
}

export function start({ panel, data, finish }) {
  const canvas = panel.querySelector('[data-canvas]');
  const done = panel.querySelector('[data-done]');
  const clear = panel.querySelector('[data-clear]');
  const cases = [...panel.querySelectorAll('[data-case]')];
  const ctx = canvas.getContext('2d');
  let text = data.card.upper;
  let strokes = [];
  let drawing = null;
  let side = 0;
  cases.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.case === 'upper')));

  function redraw() {
    const dpr = window.devicePixelRatio || 1;
    side = canvas.clientWidth;
    if (canvas.width !== Math.round(side * dpr)) {
      canvas.width = Math.round(side * dpr);
      canvas.height = Math.round(side * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, side, side);
    const at = placeGlyph(ctx, text, side);
    ctx.fillStyle = '#e3e9f8';
    ctx.fillText(text, at.x, at.y);
    ctx.setLineDash([6, 7]);
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#9db0e0';
    ctx.strokeText(text, at.x, at.y);
    ctx.setLineDash([]);
    drawInk(ctx, strokes, side, '#2f6fed');
    done.disabled = strokes.length === 0;
  }

  const point = (e) => {
    const r = canvas.getBoundingClientRect();
    return [(e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height];
  };
  const down = (e) => {
    e.preventDefault();
    canvas.setPointerCapture?.(e.pointerId);
    drawing = [point(e)];
    strokes.push(drawing);
    redraw();
  };
  const move = (e) => {
    if (!drawing) return;
    const events = e.getCoalescedEvents ? e.getCoalescedEvents() : [];
    for (const ev of events.length ? events : [e]) drawing.push(point(ev));
    redraw();
  };
  const up = () => { drawing = null; };
  const onClear = () => { strokes = []; redraw(); };
  const onDone = () => { if (strokes.length) finish(scoreStrokes(text, strokes)); };
  const onCase = (e) => {
    const which = e.currentTarget.dataset.case;
    text = data.card[which];
    cases.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.case === which)));
    onClear();
  };

  canvas.addEventListener('pointerdown', down);
  canvas.addEventListener('pointermove', move);
  canvas.addEventListener('pointerup', up);
  canvas.addEventListener('pointercancel', up);
  clear.addEventListener('click', onClear);
  done.addEventListener('click', onDone);
  cases.forEach((b) => b.addEventListener('click', onCase));
  const resize = new ResizeObserver(() => redraw());
  resize.observe(canvas);
  redraw();
  return () => {
    resize.disconnect();
    canvas.removeEventListener('pointerdown', down);
    canvas.removeEventListener('pointermove', move);
    canvas.removeEventListener('pointerup', up);
    canvas.removeEventListener('pointercancel', up);
    clear.removeEventListener('click', onClear);
    done.removeEventListener('click', onDone);
    cases.forEach((b) => b.removeEventListener('click', onCase));
  };
}
