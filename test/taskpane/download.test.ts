/** Downloads from the pane: one object URL per file, freed once (issue 16's leak). */
import { csvBlob, holdObjectUrl, type ObjectUrls } from "../../src/taskpane/download";

function fakeUrls() {
  const live = new Set<string>();
  let n = 0;
  const urls: ObjectUrls = {
    createObjectURL: () => {
      const url = `blob:${++n}`;
      live.add(url);
      return url;
    },
    revokeObjectURL: (url) => {
      if (!live.delete(url)) throw new Error(`${url} revoked twice or never made`);
    },
  };
  return { urls, live };
}

describe("holdObjectUrl", () => {
  it("makes one URL and frees it on release, once however often release is called", () => {
    const { urls, live } = fakeUrls();
    const held = holdObjectUrl(csvBlob("x"), urls);
    expect(held.url).toBe("blob:1");
    expect([...live]).toEqual(["blob:1"]);
    held.release();
    held.release();
    expect(live.size).toBe(0);
  });

  it("a file replaced by another: the first URL is freed, only the second lives", () => {
    const { urls, live } = fakeUrls();
    const first = holdObjectUrl(csvBlob("x"), urls);
    first.release();
    const second = holdObjectUrl(csvBlob("y"), urls);
    expect([...live]).toEqual([second.url]);
  });

  it("the CSV file keeps the text's BOM and says UTF-8", async () => {
    const blob = csvBlob("\ufeffCustomer ID\r\n");
    expect(blob.type).toBe("text/csv;charset=utf-8");
    expect([...new Uint8Array(await blob.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
