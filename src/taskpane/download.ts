/**
 * Files the pane offers for download (browser and Excel alike): one object URL per file, made when the file is, and
 * freed when the file is replaced or the link goes away, never one per redraw (issue 16: a URL made on every redraw
 * and never freed).
 */
import * as React from "react";

/** Object URLs as the page makes them (a test passes a fake). */
export interface ObjectUrls {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

/**
 * An object URL for `blob` and the function that frees it (once, however often it is called).
 * @example const held = holdObjectUrl(blob); link.href = held.url; … held.release();
 */
export function holdObjectUrl(
  blob: Blob,
  urls: ObjectUrls = URL,
): { readonly url: string; readonly release: () => void } {
  const url = urls.createObjectURL(blob);
  let released = false;
  return {
    url,
    release: () => {
      if (released) return;
      released = true;
      urls.revokeObjectURL(url);
    },
  };
}

/**
 * A download link's URL for the file `make` builds: built and given a URL when `deps` change, the previous URL freed
 * then and on unmount; undefined while there is no file.
 */
export function useObjectUrl(make: () => Blob | undefined, deps: React.DependencyList): string | undefined {
  const [url, setUrl] = React.useState<string | undefined>(undefined);
  React.useEffect(() => {
    const blob = make();
    if (!blob) {
      setUrl(undefined);
      return undefined;
    }
    const held = holdObjectUrl(blob);
    setUrl(held.url);
    return held.release;
    // `make` is read fresh with the caller's dependencies, as useMemo's factory is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return url;
}

/** CSV text (already beginning with its BOM, see decisionsCsv) as a file. */
export function csvBlob(text: string): Blob {
  return new Blob([text], { type: "text/csv;charset=utf-8" });
}
