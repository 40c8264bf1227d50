interface ImportMetaEnv {
  /** Raster tiles under the map, `{z}/{x}/{y}`; 地理院タイル when unset. */
  readonly VITE_BASE_TILES_URL?: string
  /** Attribution (HTML) of those tiles. */
  readonly VITE_BASE_TILES_ATTRIBUTION?: string
}
