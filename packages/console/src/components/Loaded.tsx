import type { ErrorLike } from "@apollo/client";
import type { ReactNode } from "react";
import { RouteFallback } from "../app/RouteFallback";
import { LoadError } from "./LoadError";

interface LoadedProps<T> {
  /** The query's state, as `useQuery` returns it. */
  result: { loading: boolean; error?: ErrorLike | undefined; data?: T | undefined };
  /** What could not be loaded, e.g. "The coordination queue could not be loaded". */
  failed: string;
  onRetry: () => void;
  /** What to show once there is data (kept on screen while a refetch runs). */
  children: (data: T) => ReactNode;
}

/** A query's part of a page: a progress indicator until the first answer, the error with a way to retry, else the data. */
export function Loaded<T>({ result: { loading, error, data }, failed, onRetry, children }: LoadedProps<T>) {
  if (loading && !data) return <RouteFallback />;
  if (error || !data) return <LoadError title={failed} error={error ?? new Error("no data")} onRetry={onRetry} />;
  return <>{children(data)}</>;
}
