// React 18 pads a full 2,048-byte buffer with zeros when a multi-byte character did not fit;
// those zeros are dropped, and nothing else is.
import { describe, expect, it } from "vitest";
import { REACT_VIEW_SIZE, withoutPadding } from "../../app/http/react-stream-padding.server.ts";

describe("React's stream padding", () => {
  it("drops up to three zeros at the end of a full buffer", () => {
    const padded = Buffer.alloc(REACT_VIEW_SIZE, 0x61);
    padded[REACT_VIEW_SIZE - 1] = 0;
    padded[REACT_VIEW_SIZE - 2] = 0;
    expect(withoutPadding(padded).length).toBe(REACT_VIEW_SIZE - 2);
    const allZero = Buffer.alloc(REACT_VIEW_SIZE, 0);
    expect(withoutPadding(allZero).length).toBe(REACT_VIEW_SIZE - 3);
  });

  it("leaves other chunks as they are", () => {
    const full = Buffer.alloc(REACT_VIEW_SIZE, 0x61);
    expect(withoutPadding(full)).toBe(full);
    const short = Buffer.from([0x61, 0, 0]);
    expect(withoutPadding(short)).toBe(short);
  });

  it("gives back the text React meant when an em dash crosses the buffer's end", () => {
    // 2,046 bytes of text, then "—" (3 bytes) that does not fit: React sends the buffer with two zeros, then the dash.
    const first = Buffer.concat([Buffer.alloc(REACT_VIEW_SIZE - 2, 0x61), Buffer.from([0, 0])]);
    const text = Buffer.concat([withoutPadding(first), Buffer.from("— Mesin")]).toString("utf8");
    expect(text.endsWith("a— Mesin")).toBe(true);
    expect(text.includes("\0")).toBe(false);
  });
});
