// Runs the typescript-fetch client generated from the PUBLISHED spec against a live server (the bundled
// mock in `make test`): search, one job, a feed batch and its cursor continuation, a company, a geocode,
// and a 404 whose error body parses as ErrorResponse. Node 20's built-in fetch; no runtime packages.
// Prints one JSON line of what it saw; any failed check throws (exit status 1).
import {
    CompaniesApi,
    Configuration,
    ErrorResponseFromJSON,
    JobsFeedApi,
    JobsSearchApi,
    LocationsApi,
    ResponseError,
} from "./client/index";
import type { ErrorResponse, GeocodeResultItem, Job, JobFeedResponse, JobSearchResponse } from "./client/index";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

function check(condition: unknown, what: string): asserts condition {
    if (!condition) {
        throw new Error(`check failed: ${what}`);
    }
}

async function main(): Promise<void> {
    const basePath = process.env.JOBO_BASE_URL;
    const apiKey = process.env.JOBO_API_KEY;
    check(basePath && apiKey, "JOBO_BASE_URL and JOBO_API_KEY are set");
    const config = new Configuration({ basePath, apiKey });
    const search = new JobsSearchApi(config);
    const feed = new JobsFeedApi(config);

    const page: JobSearchResponse = await search.searchJobs({ q: "engineer", pageSize: 3 });
    check(page.jobs.length > 0 && page.jobs.length <= 3, "search returns at most page_size jobs");
    check(page.page === 1 && page.pageSize === 3 && page.total >= page.jobs.length, "search totals");
    const first: Job = page.jobs[0];
    check(first.createdAt instanceof Date && !Number.isNaN(first.createdAt.getTime()), "created_at is a Date");

    const job: Job = await search.getJob({ id: first.id });
    check(job.id === first.id && job.title === first.title, "getJob returns the searched job");
    check(job.company && typeof job.company.name === "string", "the job has a company");

    const batch: JobFeedResponse = await feed.getJobFeed({ jobFeedRequest: { batchSize: 2 } });
    check(batch.jobs.length === 2 && batch.hasMore === true && typeof batch.nextCursor === "string", "feed batch");
    const next: JobFeedResponse = await feed.getJobFeed({ jobFeedRequest: { cursor: batch.nextCursor ?? "" } });
    check(next.jobs.length > 0, "the continuation returns jobs");
    const seen = new Set(batch.jobs.map((j) => j.id));
    check(next.jobs.every((j) => !seen.has(j.id)), "the continuation does not repeat the first batch");

    const company = await new CompaniesApi(config).getCompany({ id: job.company.id });
    check(company.id === job.company.id && company.name === job.company.name, "the job's company");

    const place: GeocodeResultItem = await new LocationsApi(config).geocodeLocation({ location: "San Francisco, CA" });
    check(place.succeeded === true && (place.locations ?? []).length > 0, "geocode succeeds");
    const city = (place.locations ?? [])[0];
    check(typeof city.latitude === "number" && typeof city.countryCode === "string", "geocoded location is typed");

    let notFound: ErrorResponse | undefined;
    let status = 0;
    try {
        await search.getJob({ id: "00000000-0000-4000-8000-000000000000" });
    } catch (error) {
        check(error instanceof ResponseError, "a 404 raises ResponseError");
        status = error.response.status;
        notFound = ErrorResponseFromJSON(await error.response.json());
    }
    check(status === 404 && notFound !== undefined, "unknown job gives 404");
    const message = notFound.message ?? notFound.detail ?? notFound.error;
    check(typeof message === "string" && message.length > 0, "the 404 body says why");

    console.log(
        JSON.stringify({
            searchTotal: page.total,
            jobId: job.id,
            feedIds: [...batch.jobs.map((j) => j.id), ...next.jobs.map((j) => j.id)],
            companyName: company.name,
            city: city.city,
            notFound: { status, message },
        }),
    );
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
});
