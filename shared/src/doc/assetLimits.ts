/** Longest asset record (JSON) the server's update gate stores: room for an image inlined as a data URL. */
export const MAX_ASSET_RECORD_CHARS = 4_000_000

/**
 * Largest image or video file the canvas accepts (tldraw's `maxAssetSize`): inlined as base64 (4 characters per 3
 * bytes) with its record's other fields it stays under {@link MAX_ASSET_RECORD_CHARS}, so the gate never refuses an
 * honest paste; a larger file gets tldraw's own "file too big" message instead.
 */
export const MAX_INLINE_ASSET_BYTES = 2_800_000
