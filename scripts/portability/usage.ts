// What a TypeScript client writes against the types that openapi-typescript generates from the
// published spec (dist/spec/jobo-openapi.yaml). tests/test_spec_portability.py generates
// `./jobo-api.d.ts` next to a copy of this file and runs `tsc --noEmit --strict` on it, so a spec
// change that breaks these uses fails `make test`. The `@ts-expect-error` lines must stay errors: if the
// generated types ever degrade to `any`/`unknown`-everything, tsc reports the directive as unused.
import type { components, operations, paths } from "./jobo-api";

type FeedOperation = paths["/api/jobs/feed"]["post"];
type FeedRequest = NonNullable<FeedOperation["requestBody"]>["content"]["application/json"];
type FeedResponse = FeedOperation["responses"][200]["content"]["application/json"];
type Job = components["schemas"]["Job"];
type ErrorBody = components["schemas"]["ErrorResponse"];
type PaymentRequired = operations["getJobFeed"]["responses"][402];
type PaymentRequiredBody = PaymentRequired["content"]["application/json"];
type ProblemBody = PaymentRequired["content"]["application/problem+json"];

// --- a feed request: the first one carries the filters, a continuation only the cursor ---------------
export function firstFeedRequest(since: string): FeedRequest {
  return {
    work_models: ["remote", "hybrid"],
    employment_types: ["full-time"],
    locations: [{ country: "US", city: "Austin" }],
    updated_after: since,
    stable_scan: true,
    batch_size: 500,
  };
}

export function nextFeedRequest(previous: FeedResponse): FeedRequest | null {
  if (!previous.has_more || previous.next_cursor == null) {
    return null;
  }
  return { cursor: previous.next_cursor };
}

// --- a search body: members with a server default (page, page_size, search_description) may be omitted ----
type SearchBody = NonNullable<operations["searchJobsPost"]["requestBody"]>["content"]["application/json"];
type SearchQuery = NonNullable<operations["searchJobs"]["parameters"]["query"]>;

export function searchBody(): SearchBody {
  return { queries: ["python", "-php"], locations: ["Remote"], skills: { include: ["django"] }, include_fields: null };
}

export function searchQuery(): SearchQuery {
  return { q: "data engineer", work_model: "remote,hybrid", page_size: 50 };
}

// --- reading a job --------------------------------------------------------------------------------------
export function describeJob(job: Job): string {
  const id: string = job.id;
  const title: string = job.title;
  const updated: string = job.updated_at;
  const company: string = job.company?.name ?? "unknown company";
  const city: string | null | undefined = job.locations?.[0]?.city;
  const salaryMin: number | null | undefined = job.compensation?.min;
  const remote: boolean = job.workplace_type === "Remote";
  return `${id} ${title} @ ${company} (${city ?? "anywhere"}, ${salaryMin ?? "?"}, remote=${remote}, ${updated})`;
}

export function jobsOf(page: FeedResponse): Job[] {
  return page.jobs;
}

// --- reading an error body: two shapes, one schema -------------------------------------------------------
export function errorText(body: ErrorBody): string {
  // The documented shape has `message`, problem details have `detail`; some bodies only carry `error`.
  return body.message ?? body.detail ?? body.error ?? body.title ?? "unknown error";
}

export function mustRestartScan(status: number, body: ErrorBody): FeedRequest | null {
  if (status === 409 && body.code === "feed_cursor_restart_required") {
    return (body.replacement_request ?? {}) as FeedRequest;
  }
  return null;
}

export function retryAfterSeconds(body: ErrorBody): number | undefined {
  return body.retry_after ?? body.retry_after_seconds;
}

// --- the 402 fields: body members and headers -------------------------------------------------------------
export function creditsShortfall(body: PaymentRequiredBody | ProblemBody): number | undefined {
  const required: number | undefined = body.credits_required;
  const balance: number | undefined = body.credits_balance;
  if (required === undefined || balance === undefined) {
    return undefined;
  }
  return required - balance;
}

export function creditsFromHeaders(headers: PaymentRequired["headers"]): [number, number] {
  const required: number = headers["X-Credits-Required"];
  const balance: number = headers["X-Credits-Balance"];
  return [required, balance];
}

// --- things that must not compile ------------------------------------------------------------------------
// @ts-expect-error batch_size is an integer, not a string
export const wrongBatchSize: FeedRequest = { batch_size: "500" };

// @ts-expect-error work models are a closed vocabulary on the request side
export const wrongWorkModel: FeedRequest = { work_models: ["on-the-moon"] };

export function titleIsNotANumber(job: Job): number {
  // @ts-expect-error title is a string
  return job.title;
}

export function feedResponseNeedsHasMore(): FeedResponse {
  // @ts-expect-error has_more is required in a feed response
  return { jobs: [] };
}
