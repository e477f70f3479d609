import { describe, expect, it } from "vitest";
import { clampPage, pageHref, paginationItems } from "./pagination-items";

describe("paginationItems", () => {
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
    [3, 5, [1, 2, 3, 4, 5]],
    [1, 20, [1, 2, "gap", 20]],
    [4, 20, [1, 2, 3, 4, 5, "gap", 20]],
    [6, 20, [1, "gap", 5, 6, 7, "gap", 20]],
    [20, 20, [1, "gap", 19, 20]],
    [17, 20, [1, "gap", 16, 17, 18, 19, 20]],
  ] as const)("page %i of %i", (page, total, expected) => {
    expect(paginationItems(page, total)).toEqual(expected);
  });

  it("clamps out-of-range pages and handles no pages", () => {
    expect(paginationItems(99, 3)).toEqual([1, 2, 3]);
    expect(paginationItems(-1, 3)).toEqual([1, 2, 3]);
    expect(paginationItems(1, 0)).toEqual([]);
  });
});

describe("clampPage", () => {
  it("keeps the page inside 1..total", () => {
    expect(clampPage(0, 5)).toBe(1);
    expect(clampPage(7, 5)).toBe(5);
    expect(clampPage(2.7, 5)).toBe(2);
    expect(clampPage(Number.NaN, 5)).toBe(1);
  });
});

describe("pageHref", () => {
  it("sets the page and keeps other parameters", () => {
    expect(pageHref("/directory?country=BR", 3)).toBe("/directory?country=BR&page=3");
    expect(pageHref("/directory?page=4&country=BR", 1)).toBe("/directory?country=BR");
    expect(pageHref("/board", 2, "p")).toBe("/board?p=2");
  });
});
