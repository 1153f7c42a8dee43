/** Changes by others appear without reload: a screen's query is fetched again every 2 s while
 * the tab is visible (polling; the read API answers a small page in a few milliseconds). */
import { useEffect } from "react";
import type { OperationContext } from "urql";

export const LIVE_INTERVAL_MS = 2000;

export function useLiveRefresh(refresh: (opts?: Partial<OperationContext>) => void): void {
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") refresh({ requestPolicy: "network-only" });
    }, LIVE_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);
}
