/** Where the page sources live (src/playground). */
export declare const PAGE_SOURCES: string;
/** Where the bundle goes (dist/playground): index.html, page.js, page.css. */
export declare const PAGE_BUNDLE: string;
/** True when the bundle is missing or older than any page source. */
export declare function pageBundleStale(): boolean;
/** Bundles the page with esbuild; resolves with the bundle folder. */
export declare function buildPlaygroundPage(): Promise<string>;
