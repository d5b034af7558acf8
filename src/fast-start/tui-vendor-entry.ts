/**
 * Build entry for dist/tui-vendor.body.js: ink and React (src/fast-start/tui-vendor.ts) as one script
 * that hands its exports to src/fast-start/load-bundle.ts (see scripts/build.mjs, "Script bundles").
 */
import * as vendor from './tui-vendor.js';

declare const __secbookExport: (exports: typeof vendor) => void;
__secbookExport(vendor);
