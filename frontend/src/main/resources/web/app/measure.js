/**
 * Records how long a view update took, including the style and layout work it caused (forced here, so
 * the figure is what the reader waits for rather than only the script's share). The benchmark reads
 * these entries with performance.getEntriesByName; anyone can see them in the browser's profiler.
 */
export function settle(name, started) {
  void document.body.offsetHeight;
  performance.measure(name, { start: started, end: performance.now() });
}
