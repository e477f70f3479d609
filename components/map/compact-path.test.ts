import { describe, expect, it } from "vitest";
import { CompactPathContext } from "./compact-path";

function ring(context: CompactPathContext, points: Array<[number, number]>) {
  const [first, ...rest] = points;
  context.moveTo(...first!);
  for (const point of rest) context.lineTo(...point);
  context.closePath();
}

describe("CompactPathContext", () => {
  it("writes a ring on the integer grid, relative, with implicit line-tos after the move", () => {
    const context = new CompactPathContext();
    ring(context, [[0.2, 0.4], [10, 0], [10.4, 9.6], [0, 10], [0, 0]]);
    expect(context.result()).toBe("m0 0 10 0 0 10-10 0z");
  });

  it("drops repeated points and points on a straight line, and starts each ring from the last ring's start", () => {
    const context = new CompactPathContext();
    ring(context, [[5, 5], [5.2, 5.1], [10, 5], [15, 5], [15, 10]]);
    ring(context, [[20, 20], [22, 20], [22, 22]]);
    expect(context.result()).toBe("m5 5 10 0 0 5zm15 15 2 0 0 2z");
  });

  it("drops rings that collapse to less than a triangle, and starts afresh after a result", () => {
    const context = new CompactPathContext();
    ring(context, [[1, 1], [1.2, 1.1], [0.9, 1.3]]);
    ring(context, [[3, 3], [4, 4], [5, 5]]);
    expect(context.result()).toBe("");
    ring(context, [[2, 2], [4, 2], [4, 4]]);
    expect(context.result()).toBe("m2 2 2 0 0 2z");
  });

  it("can snap to a finer grid", () => {
    const context = new CompactPathContext(0.5);
    ring(context, [[0, 0], [1.26, 0], [1.26, 1.24]]);
    expect(context.result()).toBe("m0 0 1.5 0 0 1z");
  });
});
