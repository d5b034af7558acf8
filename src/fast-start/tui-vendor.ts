/**
 * Everything the TUI takes from ink and React, re-exported from one module. The build
 * (scripts/build.mjs) bundles this file with all of ink's and React's dependencies into
 * dist/tui-vendor.body.js and points the TUI's `ink` / `react` imports at it: Node loading
 * ink's ~150 small ESM files took longer than all the rest of start-up (bench/tui.mjs).
 * Source and tests keep importing `ink` and `react` directly.
 */
export { Box, Text, render, useApp, useInput, useStdin, useStdout } from 'ink';
export {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
export { Fragment, jsx, jsxs } from 'react/jsx-runtime';
