/**
 * While a stage (column) or lane (row) is dragged or resized: a ghost over the span's extent and a line where it will
 * land (the drop position, or the moving border), across the whole grid plus a small overhang.
 */
export function SpanPreview({
  kind,
  start,
  size,
  lineAt,
  lineThickness,
  width,
  height,
}: {
  kind: 'stage' | 'lane'
  start: number
  size: number
  lineAt: number
  lineThickness: number
  width: number
  height: number
}) {
  const isStage = kind === 'stage'
  const lineStart = lineAt - lineThickness / 2
  return (
    <>
      <div
        className="cx-grid__ghost"
        style={isStage ? { left: start, top: 0, width: size, height } : { left: 0, top: start, width, height: size }}
      />
      <div
        className="cx-grid__drop-line"
        style={
          isStage
            ? { left: lineStart, top: -8, width: lineThickness, height: height + 16 }
            : { left: -8, top: lineStart, width: width + 16, height: lineThickness }
        }
      />
    </>
  )
}
