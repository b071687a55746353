"""Static vocabulary the synthetic dataset draws from.

Values are modelled on the reference fixtures (`examples/job.json`, `company.json`, the connector
examples): display-cased enum values on jobs (``Full-time``, ``Remote``, ``Senior Level``), lowercase
canonical filter values, lowercase ATS ids. Nothing here is random; the dataset picks from these tables
with seeded hashes.
"""

from __future__ import annotations

from typing import NamedTuple


class Title(NamedTuple):
    """A job title, its normalized form and the skill family it draws from."""

    title: str
    normalized: str
    family: str
    level: int  # index into EXPERIENCE_LEVELS when the title implies one, else -1


TITLES: tuple[Title, ...] = (
    Title("Software Engineer", "software_engineer", "eng", 2),
    Title("Senior Software Engineer", "software_engineer", "eng", 3),
    Title("Staff Software Engineer", "software_engineer", "eng", 4),
    Title("Backend Engineer", "backend_engineer", "eng", -1),
    Title("Frontend Engineer", "frontend_engineer", "web", -1),
    Title("Full Stack Developer", "full_stack_developer", "web", -1),
    Title("Mobile Engineer (iOS)", "ios_engineer", "mobile", -1),
    Title("Android Engineer", "android_engineer", "mobile", -1),
    Title("Data Scientist", "data_scientist", "data", -1),
    Title("Senior Data Scientist", "data_scientist", "data", 3),
    Title("Data Engineer", "data_engineer", "data", -1),
    Title("Machine Learning Engineer", "machine_learning_engineer", "data", -1),
    Title("DevOps Engineer", "devops_engineer", "ops", -1),
    Title("Site Reliability Engineer", "site_reliability_engineer", "ops", -1),
    Title("Security Engineer", "security_engineer", "ops", -1),
    Title("QA Engineer", "qa_engineer", "eng", -1),
    Title("Engineering Manager", "engineering_manager", "eng", 4),
    Title("Head of Engineering", "head_of_engineering", "eng", 5),
    Title("Solutions Architect", "solutions_architect", "ops", 3),
    Title("Software Engineering Intern", "software_engineer", "eng", 0),
    Title("Product Manager", "product_manager", "product", -1),
    Title("Senior Product Manager", "product_manager", "product", 3),
    Title("Product Designer", "product_designer", "design", -1),
    Title("UX Researcher", "ux_researcher", "design", -1),
    Title("Account Executive", "account_executive", "sales", -1),
    Title("Sales Development Representative", "sales_development_representative", "sales", 1),
    Title("Customer Success Manager", "customer_success_manager", "sales", -1),
    Title("Marketing Manager", "marketing_manager", "marketing", -1),
    Title("Content Writer", "content_writer", "marketing", -1),
    Title("Financial Analyst", "financial_analyst", "finance", -1),
    Title("Accountant", "accountant", "finance", -1),
    Title("Recruiter", "recruiter", "people", -1),
    Title("People Operations Partner", "people_operations_partner", "people", -1),
    Title("Operations Manager", "operations_manager", "people", -1),
    Title("Technical Support Engineer", "technical_support_engineer", "ops", 1),
    Title("Legal Counsel", "legal_counsel", "finance", -1),
)

HARD_SKILLS: dict[str, tuple[str, ...]] = {
    "eng": ("Python", "Go", "Java", "Kubernetes", "PostgreSQL", "AWS", "Docker", "Rust", "gRPC"),
    "web": ("TypeScript", "React", "Node.js", "GraphQL", "CSS", "Next.js", "PostgreSQL"),
    "mobile": ("Swift", "Kotlin", "iOS", "Android", "React Native", "GraphQL"),
    "data": ("Python", "SQL", "Spark", "Airflow", "dbt", "PyTorch", "Statistics", "Snowflake"),
    "ops": ("Kubernetes", "Terraform", "AWS", "Linux", "Prometheus", "GCP", "Networking"),
    "product": ("Roadmapping", "SQL", "Analytics", "A/B Testing", "Jira"),
    "design": ("Figma", "Prototyping", "User Research", "Design Systems"),
    "sales": ("Salesforce", "Negotiation", "HubSpot", "Prospecting"),
    "marketing": ("SEO", "Copywriting", "Google Analytics", "HubSpot"),
    "finance": ("Excel", "Financial Modeling", "GAAP", "NetSuite"),
    "people": ("Recruiting", "Workday", "Onboarding", "Greenhouse"),
}
SOFT_SKILLS: tuple[str, ...] = (
    "Communication",
    "Leadership",
    "Collaboration",
    "Problem Solving",
    "Ownership",
)

# Every distinct skill name, in a fixed order; the dataset stores skills as indexes into this tuple.
ALL_SKILLS: tuple[str, ...] = tuple(
    dict.fromkeys([s for family in HARD_SKILLS.values() for s in family] + list(SOFT_SKILLS))
)
SKILL_INDEX: dict[str, int] = {name: i for i, name in enumerate(ALL_SKILLS)}
FAMILY_SKILLS: dict[str, tuple[int, ...]] = {
    family: tuple(SKILL_INDEX[s] for s in names) for family, names in HARD_SKILLS.items()
}
SOFT_SKILL_IDS: frozenset[int] = frozenset(SKILL_INDEX[s] for s in SOFT_SKILLS)


class Place(NamedTuple):
    """A known place. Jobs are located at one; geocode and suggest resolve them."""

    label: str
    city: str | None
    region: str | None
    country: str
    country_code: str
    latitude: float | None
    longitude: float | None
    currency: str
    aliases: tuple[str, ...] = ()


PLACES: tuple[Place, ...] = (
    Place(
        "San Francisco, CA",
        "San Francisco",
        "California",
        "United States",
        "US",
        37.7749,
        -122.4194,
        "USD",
        ("sf", "bay area", "san francisco bay area"),
    ),
    Place(
        "New York, NY",
        "New York",
        "New York",
        "United States",
        "US",
        40.7128,
        -74.006,
        "USD",
        ("nyc", "new york city", "manhattan"),
    ),
    Place("Austin, TX", "Austin", "Texas", "United States", "US", 30.2672, -97.7431, "USD"),
    Place("Seattle, WA", "Seattle", "Washington", "United States", "US", 47.6062, -122.3321, "USD"),
    Place("Boston, MA", "Boston", "Massachusetts", "United States", "US", 42.3601, -71.0589, "USD"),
    Place("Chicago, IL", "Chicago", "Illinois", "United States", "US", 41.8781, -87.6298, "USD"),
    Place("Denver, CO", "Denver", "Colorado", "United States", "US", 39.7392, -104.9903, "USD"),
    Place(
        "London, UK",
        "London",
        "England",
        "United Kingdom",
        "GB",
        51.5072,
        -0.1276,
        "GBP",
        ("greater london",),
    ),
    Place("Berlin, Germany", "Berlin", "Berlin", "Germany", "DE", 52.52, 13.405, "EUR"),
    Place("Munich, Germany", "Munich", "Bavaria", "Germany", "DE", 48.1351, 11.582, "EUR", ("münchen",)),
    Place("Paris, France", "Paris", "Île-de-France", "France", "FR", 48.8566, 2.3522, "EUR"),
    Place(
        "Amsterdam, Netherlands", "Amsterdam", "North Holland", "Netherlands", "NL", 52.3676, 4.9041, "EUR"
    ),
    Place("Dublin, Ireland", "Dublin", "Leinster", "Ireland", "IE", 53.3498, -6.2603, "EUR"),
    Place("Toronto, ON", "Toronto", "Ontario", "Canada", "CA", 43.6532, -79.3832, "CAD"),
    Place("Vancouver, BC", "Vancouver", "British Columbia", "Canada", "CA", 49.2827, -123.1207, "CAD"),
    Place("Sydney, Australia", "Sydney", "New South Wales", "Australia", "AU", -33.8688, 151.2093, "AUD"),
    Place("Singapore", "Singapore", None, "Singapore", "SG", 1.3521, 103.8198, "SGD"),
    Place(
        "Bangalore, India",
        "Bengaluru",
        "Karnataka",
        "India",
        "IN",
        12.9716,
        77.5946,
        "INR",
        ("bangalore", "bengaluru"),
    ),
)

# Country-level entries for geocoding and for remote jobs ("Remote - United States").
COUNTRIES: tuple[Place, ...] = (
    Place(
        "United States",
        None,
        None,
        "United States",
        "US",
        39.7837,
        -100.4459,
        "USD",
        ("us", "usa", "u.s.", "united states of america", "america"),
    ),
    Place("Canada", None, None, "Canada", "CA", 61.0667, -107.9917, "CAD", ("ca",)),
    Place(
        "United Kingdom",
        None,
        None,
        "United Kingdom",
        "GB",
        54.7024,
        -3.2766,
        "GBP",
        ("uk", "gb", "great britain", "britain"),
    ),
    Place("Germany", None, None, "Germany", "DE", 51.1657, 10.4515, "EUR", ("de", "deutschland")),
    Place("France", None, None, "France", "FR", 46.6034, 1.8883, "EUR", ("fr",)),
    Place("Netherlands", None, None, "Netherlands", "NL", 52.2434, 5.6343, "EUR", ("nl", "holland")),
    Place("Ireland", None, None, "Ireland", "IE", 53.1424, -7.6921, "EUR", ("ie",)),
    Place("Australia", None, None, "Australia", "AU", -24.7761, 134.755, "AUD", ("au",)),
    Place("India", None, None, "India", "IN", 22.3511, 78.6677, "INR", ("in",)),
    Place("Singapore", None, None, "Singapore", "SG", 1.3521, 103.8198, "SGD", ("sg",)),
)
REMOTE_COUNTRIES: tuple[int, ...] = (0, 0, 0, 1, 2, 3)  # indexes into COUNTRIES, US-heavy

# (id, weight, display name). `lever` rather than `lever_co`: the docs leave it open.
SOURCES: tuple[tuple[str, int, str], ...] = (
    ("greenhouse", 30, "Greenhouse"),
    ("workday", 20, "Workday"),
    ("lever", 15, "Lever"),
    ("ashby", 12, "Ashby"),
    ("smartrecruiters", 6, "SmartRecruiters"),
    ("workable", 6, "Workable"),
    ("bamboohr", 4, "BambooHR"),
    ("icims", 4, "iCIMS"),
    ("personio", 3, "Personio"),
)

# (canonical filter value, display value); display values are what jobs and facets carry.
WORK_MODELS: tuple[tuple[str, str], ...] = (("remote", "Remote"), ("hybrid", "Hybrid"), ("onsite", "Onsite"))
EMPLOYMENT_TYPES: tuple[tuple[str, str], ...] = (
    ("full-time", "Full-time"),
    ("part-time", "Part-time"),
    ("contract", "Contract"),
    ("internship", "Internship"),
    ("freelance", "Freelance"),
    ("temporary", "Temporary"),
)
# Display strings after the old docs' facet keys (the only attested ones).
EXPERIENCE_LEVELS: tuple[tuple[str, str], ...] = (
    ("intern", "Intern"),
    ("entry", "Entry Level"),
    ("mid", "Mid Level"),
    ("senior", "Senior Level"),
    ("lead", "Lead/Staff"),
    ("executive", "Executive"),
)

COMPANY_PREFIXES: tuple[str, ...] = (
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Stark",
    "Wayne",
    "Wonka",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Aperture",
    "Vandelay",
    "Piedmont",
    "Massive",
    "Oscorp",
    "Gringott",
    "Monarch",
    "Nakatomi",
    "Virtucon",
    "Blue Sun",
    "Dunder",
    "Prestige",
    "Sirius",
    "Zorg",
    "Genco",
    "Krusty",
    "Duff",
    "Bluth",
    "Sterling",
    "Cogswell",
    "Spacely",
    "Nimbus",
    "Halcyon",
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Tailspin",
    "Wingtip",
    "Adatum",
    "Litware",
    "Proseware",
    "Lucerne",
    "Woodgrove",
    "Fourth Coffee",
    "Alpine",
    "Kestrel",
    "Meridian",
    "Lumen",
    "Quill",
    "Orbital",
    "Helix",
    "Vertex",
    "Cobalt",
    "Juniper",
    "Saffron",
    "Tandem",
    "Parallax",
    "Beacon",
    "Atlas",
)
# (suffix, industries, categories, company summary phrase)
COMPANY_KINDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...] = (
    ("Corp", ("Software",), ("b2b", "saas"), "builds developer tooling for engineering teams"),
    (
        "Labs",
        ("Software", "Artificial Intelligence"),
        ("b2b", "saas"),
        "trains models for document understanding",
    ),
    (
        "Payments",
        ("Fintech", "Software"),
        ("b2b", "saas"),
        "runs payment infrastructure for online businesses",
    ),
    ("Health", ("Healthcare",), ("b2c",), "operates virtual primary-care clinics"),
    ("Bio", ("Biotechnology",), ("b2b",), "develops enzyme platforms for drug discovery"),
    ("Robotics", ("Robotics", "Manufacturing"), ("b2b",), "builds warehouse automation robots"),
    ("Cloud", ("Software", "Cloud Computing"), ("b2b", "saas"), "hosts managed databases"),
    ("Logistics", ("Logistics",), ("b2b", "marketplace"), "matches freight with carriers"),
    ("Energy", ("Energy",), ("b2b2c",), "installs and operates residential solar"),
    ("Security", ("Cybersecurity", "Software"), ("b2b", "saas"), "protects cloud workloads"),
    ("Media", ("Media",), ("b2c",), "publishes newsletters and podcasts"),
    ("Foods", ("Food & Beverage",), ("b2c",), "delivers meal kits"),
    ("Capital", ("Financial Services",), ("b2b",), "invests in early-stage software companies"),
    ("Mobility", ("Transportation",), ("b2c", "marketplace"), "runs shared e-bike fleets"),
    ("Games", ("Gaming",), ("b2c",), "makes cooperative mobile games"),
    ("Networks", ("Telecommunications",), ("b2b",), "builds private 5G networks"),
    ("Analytics", ("Software", "Data & Analytics"), ("b2b", "saas"), "turns product events into dashboards"),
    ("Staffing", ("Staffing & Recruiting",), ("service-provider",), "places contract engineers"),
    ("Learning", ("Education",), ("b2c", "saas"), "teaches programming online"),
    ("Insurance", ("Insurance", "Fintech"), ("b2c",), "sells usage-based car insurance"),
)

COMPANY_SIZES: tuple[str, ...] = ("1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5001-10000")
FUNDING_STAGES: tuple[str, ...] = ("Seed", "Series A", "Series B", "Series C", "Series D", "Public")
TEAMS: tuple[str, ...] = (
    "platform",
    "payments",
    "growth",
    "data",
    "infrastructure",
    "core product",
    "mobile",
)
BENEFITS: tuple[str, ...] = (
    "Health insurance",
    "Remote-first",
    "401(k) matching",
    "Equity",
    "Parental leave",
    "Learning budget",
    "Unlimited PTO",
    "Home-office stipend",
    "Dental and vision",
)
RESPONSIBILITIES: tuple[str, ...] = (
    "Design and operate {team} services",
    "Mentor engineers on the {team} team",
    "Own projects end to end",
    "Work with product and design on the {team} roadmap",
    "Improve reliability and observability",
    "Write clear technical documents",
    "Interview and onboard new teammates",
    "Talk to customers regularly",
)
EDUCATION: tuple[str, ...] = (
    "Bachelor's degree in Computer Science or equivalent",
    "Bachelor's degree or equivalent experience",
    "Master's degree in a quantitative field",
)
CERTIFICATIONS: tuple[str, ...] = ("CKA", "AWS Certified Solutions Architect", "CPA", "CISSP", "PMP")

# Geocode behaviour (https://jobo.world/docs/api-reference/locations/locations): remote sentinels and placeholders.
REMOTE_KEYWORDS: frozenset[str] = frozenset(
    {
        "remote",
        "anywhere",
        "global",
        "worldwide",
        "work from home",
        "wfh",
        "telecommute",
        "distributed",
        "fully remote",
        "remote first",
        "remote-first",
        "home based",
        "home-based",
    }
)
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "various locations",
        "multiple locations",
        "hq",
        "headquarters",
        "office",
        "flexible",
        "hybrid",
        "onsite",
        "on-site",
        "n/a",
        "na",
        "tbd",
        "tba",
        "to be determined",
        "see description",
        "none",
    }
)
