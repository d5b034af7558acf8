/**
 * Build entry for dist/tui-vendor.body.js: ink and React (src/tui/vendor.ts) as one script
 * that hands its exports to src/load-bundle.ts (see scripts/build.mjs, "Script bundles").
 */
import * as vendor from './vendor.js';

declare const __secbookExport: (exports: typeof vendor) => void;
__secbookExport(vendor);
