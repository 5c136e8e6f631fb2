import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { sayerFor, withKitMessages } from "@ogc/kit";
import { GraphQLError } from "graphql";
import { gatewayMessages } from "./messages.js";
import { saidBy } from "./refusal.js";

const catalog = withKitMessages(gatewayMessages);

/**
 * Says the gateway's own errors (its refusals, and the messages it puts in place of masked errors) in the language
 * the request's `Accept-Language` asks for, as the subgraphs say theirs; code, status and extensions stay as they are.
 */
export function useLanguage(): GatewayPlugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== "object" || !("errors" in result) || !result.errors?.length) return;
      const say = sayerFor(request.headers.get("accept-language"), catalog);
      let changed = false;
      const errors = result.errors.map((error) => {
        const message = saidBy(error);
        if (!message || !(error instanceof GraphQLError)) return error;
        const translated = say(message);
        if (translated === error.message) return error;
        changed = true;
        const { nodes, source, positions, path, originalError, extensions } = error;
        return new GraphQLError(translated, { nodes, source, positions, path, originalError, extensions });
      });
      if (changed) setResult({ ...result, errors });
    },
  };
}
