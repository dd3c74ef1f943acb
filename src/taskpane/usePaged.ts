/** The first items of a long list and a way to show more: a view renders a page, never 10,000 rows at once. */
import { useState } from "react";

export function usePaged<T>(items: T[], pageSize: number): { shown: T[]; remaining: number; more: () => void } {
  const [count, setCount] = useState(pageSize);
  return {
    shown: items.length > count ? items.slice(0, count) : items,
    remaining: Math.max(0, items.length - count),
    more: () => setCount((c) => c + pageSize),
  };
}
