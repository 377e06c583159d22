// The sample CX program: Brightwave Energy, "Customer First 2027" (fictional company, people and customers).
#include "SampleContent.h"

namespace tiller::app::sample {

const Content& content()
{
    static const Content c{
        // programName
        "Customer First 2027",
        // vision
        "By 2027, every Brightwave customer finds it easy to move home, understand their bill and pay for their energy, "
        "and gets help the first time they ask. We want to be the supplier households recommend to friends and family, "
        "with a Net Promoter Score of +25 and half of today’s complaints.",
        // pillars
        "Effortless everyday journeys\n"
        "Bills customers can trust\n"
        "Resolved in one contact\n"
        "Care when it matters most",
        // pillarDescriptions
        {
            "Moving home, paying and managing the account take a few minutes, online or on the phone, with no surprises.",
            "Every bill is accurate, explained in plain words and never a shock, so customers trust what they pay.",
            "Customers get their answer the first time they ask, whatever the channel, without repeating their story.",
            "Customers who are struggling, vulnerable or without power get help early, with empathy and priority.",
        },

        // domains
        {
            {"Digital channels", "#3f86d6"},
            {"Customer service", "#2e9e6b"},
            {"Billing & payments", "#d4882b"},
            {"Field operations", "#8b68c9"},
            {"Offers & marketing", "#d1567d"},
            {"Data & IT", "#7a8aa0"},
        },

        // people (roles: 1 program manager, 2 stakeholder, 4 leader, 8 ambassador, 16 sponsor)
        {
            {"Claire Okafor", "claire.okafor@brightwave.example", "CX office", 1},                 // 0
            {"Magnus Ferreira", "magnus.ferreira@brightwave.example", "Executive committee", 4 | 16}, // 1
            {"Priya Halvorsen", "priya.halvorsen@brightwave.example", "Executive committee", 4},     // 2
            {"Tomás Brennan", "tomas.brennan@brightwave.example", "Executive committee", 4},         // 3
            {"Hannah Ishikawa", "hannah.ishikawa@brightwave.example", "Field operations", 4 | 2},    // 4
            {"Aiko Lindberg", "aiko.lindberg@brightwave.example", "Digital channels", 2},            // 5
            {"Daniel Achterberg", "daniel.achterberg@brightwave.example", "Customer service", 2},    // 6
            {"Sofia Marchetti", "sofia.marchetti@brightwave.example", "Billing & payments", 2},      // 7
            {"Rhys Callaghan", "rhys.callaghan@brightwave.example", "Field operations", 2},          // 8
            {"Leila Haddad", "leila.haddad@brightwave.example", "Offers & marketing", 2},            // 9
            {"Jonas Oyelaran", "jonas.oyelaran@brightwave.example", "Data & IT", 2},                 // 10
            {"Grace Adeyemi", "grace.adeyemi@brightwave.example", "CX office", 2},                   // 11
            {"Mateo Alvarez", "mateo.alvarez@brightwave.example", "Customer service", 2 | 8},        // 12
            {"Nadia Petrovic", "nadia.petrovic@brightwave.example", "Billing & payments", 2},        // 13
            {"Owen Fitzgerald", "owen.fitzgerald@brightwave.example", "Digital channels", 2},        // 14
            {"Amara Nwosu", "amara.nwosu@brightwave.example", "Customer service", 8},                // 15
            {"Liam O’Donnell", "liam.odonnell@brightwave.example", "Field operations", 8},           // 16
            {"Mei Lin Chow", "meilin.chow@brightwave.example", "Billing & payments", 8},             // 17
            {"Ravi Desai", "ravi.desai@brightwave.example", "Digital channels", 8},                  // 18
            {"Elena Popescu", "elena.popescu@brightwave.example", "Offers & marketing", 8},          // 19
            {"Kwame Boateng", "kwame.boateng@brightwave.example", "Data & IT", 0},                   // 20
            {"Ingrid Solberg", "ingrid.solberg@brightwave.example", "Field operations", 0},          // 21
            {"Yusuf Demir", "yusuf.demir@brightwave.example", "Customer service", 0},                // 22
            {"Chloé Bernard", "chloe.bernard@brightwave.example", "Offers & marketing", 0},          // 23
        },

        // personas
        {
            {"Jade, moving with a young family",
             "Jade, 34, and her partner are moving from a rented flat to a house with their two children. "
             "She runs the household admin on her phone, usually late in the evening.",
             "Sort out energy at both addresses in one go, without a phone call. Be sure the first bill at the new home is right.",
             "Typing the same details into several forms and calls. Not knowing whether her move request has actually been received."},
            {"Albert, retired on a fixed income",
             "Albert, 72, lives alone and pays by direct debit from his pension. "
             "He reads every paper bill carefully and phones when something looks wrong.",
             "Understand exactly what he pays and why, and keep his monthly payment steady.",
             "Bills full of jargon and estimated figures. Long waits on the phone and being passed from one advisor to another."},
            {"Nisha, small-business owner",
             "Nisha, 45, runs a neighbourhood café and looks after the energy account for the flat above it. "
             "Time is her scarcest resource.",
             "Deal with energy questions in a few minutes, at any time of day, and budget her costs with confidence.",
             "Call-centre opening hours that clash with her working day. Price changes she only notices when the bill arrives."},
        },

        // journeys
        {
            {"Moving home",
             0,
             {
                 {"Planning the move",
                  {
                      {"Unclear notice period", "Customers do not know how far ahead they should tell us about their move.", 3},
                      {"Move form hard to find", "The moving-home page is buried three levels deep in the help centre.", 3},
                  }},
                 {"Telling us about the move",
                  {
                      {"Same details asked twice", "The move-out and move-in forms ask for the same personal details again.", 3},
                      {"No confirmation received", "Customers get no acknowledgement and call to check their request arrived.", 4},
                      {"Joint accounts need a call", "A second account holder can only confirm the move by phone.", 3},
                  }},
                 {"Final meter reading",
                  {
                      {"Reading date mismatch", "The final reading is taken on a different day from the actual move-out date.", 4},
                      {"Meter photo upload fails", "Uploading a meter photo from a mobile browser often times out.", 3},
                  }},
                 {"Setting up the new home",
                  {
                      {"Supply start date unclear", "Customers are not told from which day they pay for the new address.", 4},
                      {"Meter not found for address", "New-build and converted flats often cannot be matched to a meter point.", 5},
                      {"Tariff chosen blind", "Customers keep their old tariff without seeing what would suit the new home.", 2},
                  }},
                 {"Final bill at the old address",
                  {
                      {"Final bill arrives late", "Final bills take up to six weeks to arrive after the move.", 4},
                      {"Estimated final bill", "The final bill is based on an estimate when no reading was recorded.", 5},
                      {"Slow credit refund", "Credit balances are refunded by cheque or only after the customer calls.", 4},
                  }},
                 {"First weeks in the new home",
                  {
                      {"Generic welcome", "The welcome e-mail ignores the customer’s history and household.", 2},
                      {"Direct debit not carried over", "The direct debit has to be set up again, and a payment is missed.", 4},
                  }},
             }},
            {"Understanding and paying my bill",
             1,
             {
                 {"Receiving the bill",
                  {
                      {"Paper bill arrives late", "Paper bills arrive close to the payment date, leaving little time to check them.", 3},
                      {"Bill too long and technical", "Four pages of tariff codes hide the amount due and the reason for it.", 4},
                  }},
                 {"Understanding the charges",
                  {
                      {"Estimated readings confusing", "Customers cannot tell which figures are estimated and which are actual.", 4},
                      {"Price change not explained", "Price increases appear on the bill without a clear prior explanation.", 4},
                      {"Standing charge unclear", "The daily standing charge is not explained in plain words.", 3},
                  }},
                 {"Querying the bill",
                  {
                      {"Long phone wait", "Waiting times on the billing line exceed 15 minutes at peak hours.", 5},
                      {"Repeating the story", "Customers must explain their query again each time they are transferred.", 4},
                  }},
                 {"Paying",
                  {
                      {"Few ways to pay", "Customers without online banking have few convenient ways to pay.", 3},
                      {"Direct debit jumps", "Direct-debit amounts change sharply after an annual review with little warning.", 4},
                  }},
                 {"Getting help when struggling",
                  {
                      {"Reluctant to ask for help", "Customers in difficulty feel embarrassed and wait too long before calling.", 4},
                      {"Payment plan set-up slow", "Agreeing a payment plan takes several calls and a paper form.", 5},
                      {"Support schemes unknown", "Most eligible customers have never heard of the available support schemes.", 3},
                  }},
             }},
        },

        // bins
        {
            {"BIN-01",
             "Single customer view",
             5,
             10,
             "done",
             3,
             0,
             5,
             {},
             {
                 "Map customer fields across billing, CRM and metering systems",
                 "Agree golden-record rules with billing and service leads",
                 "Profile duplicate accounts in the CRM",
                 "Select the record-matching engine",
                 "Build the nightly sync between billing and CRM",
                 "Merge 42,000 duplicate customer records",
                 "Design the advisor timeline view",
                 "Load two years of contact history into the timeline",
                 "Add meter-point data to the customer profile",
                 "Set up data-quality alerts for missing e-mail and phone",
                 "Complete the privacy impact assessment",
                 "Train 60 advisors on the new customer view",
                 "Measure account lookup time before and after go-live",
                 "Switch off the legacy customer search screen",
                 "Write the run book for the support team",
             },
             "Give every advisor and every digital channel one trusted record of each customer, their meters, bills and contacts. "
             "Remove the duplicate accounts that cause repeated explanations and misdirected letters.",
             "Advisors stop switching between four screens, which shortens calls and raises first-contact resolution. "
             "Clean data unlocks the move-home and billing improvements that depend on it.",
             {
                 "Duplicate accounts below 0.5% of active customers",
                 "All advisors use the timeline view as their default screen",
                 "Contacts from every channel visible in the timeline within 15 minutes",
                 "Legacy search screen decommissioned",
             },
             120},
            {"BIN-02",
             "Easy move-in and move-out",
             0,
             5,
             "in_progress",
             1,
             5,
             6,
             {0},
             {
                 "Map the current move journey from first visit to first bill",
                 "Interview 12 customers who moved in the last three months",
                 "Draft move-in form wireframes",
                 "Write the moving-home checklist page",
                 "Merge the move-out and move-in forms into one flow",
                 "Prefill known details for logged-in customers",
                 "Add address lookup with meter-point matching",
                 "Write confirmation e-mail and text templates",
                 "Let joint account holders confirm a move online",
                 "Fix meter photo upload on mobile browsers",
                 "Run usability test with 8 customers",
                 "Connect the form to the billing move workflow",
                 "Track form drop-off by step",
                 "Brief call-centre advisors on the new flow",
                 "Release to 10% of visitors and compare completion rates",
             },
             "Let customers report a move in one online visit, with no phone call and an instant confirmation. "
             "Cut the time from move notice to an accurate account at the new home.",
             "Fewer move-related calls and complaints, and customers start at their new home with the right tariff and payment method.",
             {
                 "80% of moves reported online without a follow-up call",
                 "Confirmation sent within 5 minutes for every move request",
                 "Median move-in completion time of 3 days or less",
                 "Form rated 4 out of 5 or better in the post-move survey",
             },
             150},
            {"BIN-03",
             "Bills customers understand",
             2,
             7,
             "in_progress",
             2,
             5,
             7,
             {0},
             {
                 "Collect the 20 most common bill questions from call logs",
                 "Review the current bill with 10 retired customers",
                 "Draft the one-page bill summary",
                 "Rewrite charge descriptions in plain language",
                 "Design a clear marker for estimated readings",
                 "Add a comparison with the same month last year",
                 "A/B test two bill layouts with 400 customers",
                 "Write price-change letters with worked examples",
                 "Agree regulatory wording with the compliance team",
                 "Update the paper bill print templates",
                 "Update the e-bill and in-app bill views",
                 "Automate credit refunds to customers’ bank accounts",
                 "Monitor the 10-day target for final bills",
                 "Brief advisors on the new bill layout",
                 "Track bill-related calls for three months after launch",
             },
             "Make every bill understandable at a glance: what is owed, why, and whether it is estimated. "
             "Explain every price change before it applies.",
             "Fewer bill queries and complaints, and customers trust the amounts they pay.",
             {
                 "New bill layout live on paper, e-mail and app",
                 "Bill-related calls down 25% against the baseline",
                 "90% of final bills issued within 10 days of move-out",
                 "Credit refunds paid automatically within 5 working days",
             },
             140},
            {"BIN-04",
             "First-time-right meter reads",
             3,
             4,
             "blocked",
             5,
             11,
             6,
             {1},
             {
                 "Analyse failed meter visits from the last 12 months",
                 "List addresses with unmatched meter points",
                 "Agree evening and Saturday shift patterns with field teams",
                 "Add online booking for meter appointments",
                 "Send a reminder text the day before each visit",
                 "Give engineers live access to the meter-point register",
                 "Pilot remote reads at move-out for smart meters",
                 "Correct meter-point errors within 48 hours",
                 "Train 40 engineers on the new handheld app",
                 "Create a photo guide for reading each meter type",
                 "Audit 200 reads for accuracy",
                 "Agree the data exchange with the network operator",
                 "Report the first-time-right rate every week",
                 "Review access issues with housing associations",
                 "Close the pilot and plan the regional roll-out",
             },
             "Get an accurate meter reading at the first attempt, at a time that suits the customer. "
             "Stop estimated final bills caused by missed or wrong reads.",
             "Fewer repeat visits and estimated bills, and a lower field cost per read.",
             {
                 "First-time-right rate of 92% or more for three consecutive months",
                 "Evening and Saturday slots bookable online in all regions",
                 "Estimated final bills below 5% of moves",
             },
             400}, // blocked, and holding the field teams: over capacity while it lasts
            {"BIN-05",
             "Resolved in one contact",
             1,
             6,
             "planned",
             4,
             12,
             8,
             {0, 2},
             {
                 "Analyse reasons for repeat calls within 7 days",
                 "Define how first-contact resolution is measured",
                 "Raise advisors’ authority limits for billing adjustments",
                 "Build call-back scheduling for peak hours",
                 "Redesign the phone menu around the top five reasons",
                 "Route callers to specialists based on account status",
                 "Write 30 knowledge articles for complex billing cases",
                 "Set up weekly coaching sessions for team leads",
                 "Add a resolution checklist to the advisor desktop",
                 "Start a daily 15-minute huddle on repeat contacts",
                 "Pilot the new approach with two teams",
                 "Compare handling time and resolution with control teams",
                 "Publish a monthly resolution scoreboard by team",
                 "Recognise top advisors at the monthly town hall",
                 "Roll out to all service teams",
             },
             "Resolve customers’ questions in the first contact, whatever the channel. "
             "Give advisors the information, authority and coaching they need to close a case themselves.",
             "Customers stop chasing us, repeat calls drop and advisors spend their time on new requests.",
             {
                 "First-contact resolution of 80% across all service teams",
                 "Peak-hour waiting time below 5 minutes with call-back offered",
                 "Repeat contacts within 7 days down by a third",
                 "All team leads running weekly coaching sessions",
             },
             160},
            {"BIN-06",
             "Help when money is tight",
             2,
             13,
             "planned",
             6,
             11,
             5,
             {2},
             {
                 "Map the journey of customers in payment difficulty",
                 "Interview 10 customers on payment plans",
                 "Co-design the online payment-plan form with a debt-advice charity",
                 "Build an affordability check into the payment-plan form",
                 "Rewrite reminder letters in a supportive tone",
                 "Add support-scheme information to every reminder",
                 "Train advisors to recognise signs of vulnerability",
                 "Open a dedicated phone line for payment support",
                 "Offer weekly and fortnightly payment options",
                 "Add pay-at-shop barcodes to reminder letters",
                 "Update the vulnerable-customer register process",
                 "Review debt-collection referrals every month",
                 "Agree a breathing-space policy with finance",
                 "Measure plan set-up time and plan success rates",
                 "Publish the support offer on the website and in the app",
             },
             "Help customers in financial difficulty early, with a plan they can afford and keep. "
             "Replace a process that feels punitive with one that feels supportive.",
             "More customers stay on track with payments, and fewer debts reach collection agencies.",
             {
                 "Payment plans can be agreed online in under 5 minutes",
                 "80% of payment plans still on track after six months",
                 "Support schemes mentioned in every reminder letter",
                 "All advisors trained on vulnerability signals",
             },
             110},
            {"BIN-07",
             "Simple, fair tariffs",
             4,
             9,
             "proposed",
             7,
             31,
             6,
             {},
             {
                 "Review the current 14 tariffs and their uptake",
                 "Model the revenue impact of a five-tariff range",
                 "Run focus groups with three customer segments",
                 "Design the tariff comparison tool",
                 "Estimate move-in costs from previous-home usage",
                 "Define the annual best-tariff check",
                 "Draft customer letters for tariff migration",
                 "Agree the migration plan with billing",
                 "Update tariff pages on the website",
                 "Brief sales and retention teams",
                 "Check the new range against pricing regulations",
                 "Test the comparison tool with 8 customers",
                 "Plan the launch campaign for the new range",
                 "Migrate customers from closed tariffs",
                 "Track complaints and switching after migration",
             },
             "Offer a short range of tariffs that customers can compare in a minute. "
             "Make sure every customer knows each year whether a cheaper tariff would suit them.",
             "Customers feel treated fairly, which reduces switching and price-related complaints.",
             {
                 "No more than five open tariffs",
                 "Comparison tool available online and to advisors",
                 "Best-tariff check sent to every customer once a year",
             },
             90},
            {"BIN-08",
             "Proactive outage and service alerts",
             3,
             8,
             "proposed",
             8,
             20,
             4,
             {4},
             {
                 "Inventory outage data feeds from the network operator",
                 "Define alert triggers for planned and unplanned outages",
                 "Collect mobile numbers and consent for text alerts",
                 "Write alert message templates",
                 "Build postcode-based alert targeting",
                 "Design the outage status page",
                 "Add restoration estimates to alerts",
                 "Send an all-clear message when supply returns",
                 "Prioritise alerts for customers on medical equipment",
                 "Test alerts in one region",
                 "Record a message for callers from affected areas",
                 "Measure call volumes during outages before and after",
                 "Agree escalation rules with the control room",
                 "Add outage alerts to the mobile app",
                 "Review alert accuracy after each major incident",
             },
             "Tell customers about outages before they call us, with a realistic restoration time. "
             "Give priority to customers who depend on electricity for medical equipment.",
             "Fewer calls during incidents and more trust in how we handle them.",
             {
                 "Text alerts live for all regions with at least 70% mobile coverage of customers",
                 "Alerts sent within 15 minutes of an outage being confirmed",
                 "Outage call volumes down 40% during major incidents",
             },
             160},
        },

        // initiatives
        {
            {"CX-001", "Merge customer records across billing and CRM systems",
             "Match and merge duplicate accounts so each customer has one record. Duplicates today cause repeated explanations and letters sent to old addresses.",
             5, 20, "done", "short", {{1, 2, 1}}, 0, 2},
            {"CX-002", "Give advisors a single customer timeline",
             "Show bills, payments, meter reads and past contacts on one screen, so advisors no longer ask customers to repeat their story.",
             5, 10, "done", "short", {{1, 2, 1}, {0, 1, 0}}, 0, 2},
            {"CX-003", "Match new addresses to meter points automatically",
             "Use the national address file and meter-point register to find the right meter when a customer enters a new address.",
             5, 20, "in_progress", "medium", {{0, 3, 1}}, 1, 0},
            {"CX-004", "Publish a moving-home checklist with notice periods",
             "A single page, linked from the home page, that explains when and how to tell us about a move.",
             0, 18, "done", "short", {{0, 0, 0}, {0, 0, 1}}, 1, 0},
            {"CX-005", "One online form for moving out and moving in",
             "Replace the two separate forms with one guided flow that asks for each detail only once.",
             0, 14, "in_progress", "short", {{0, 1, 0}, {0, 0, 1}}, 1, 0},
            {"CX-006", "Instant e-mail and text confirmation for every move request",
             "Confirm receipt within minutes, with a reference number and the next steps. Today a third of movers call to check.",
             0, 5, "in_progress", "short", {{0, 1, 1}}, 1, 0},
            {"CX-007", "Let joint account holders confirm a move online",
             "Send the second account holder a secure link instead of requiring a phone call.",
             0, 14, "approved", "medium", {{0, 1, 2}}, 1, 0},
            {"CX-008", "Fix meter photo upload on mobile browsers",
             "Compress photos on the device and retry uploads automatically on weak connections.",
             0, 18, "done", "short", {{0, 2, 1}}, 1, 0},
            {"CX-009", "Align the final reading date with the move-out date",
             "Use the customer’s own reading on the move-out day and stop defaulting to the next scheduled read.",
             2, 13, "approved", "short", {{0, 2, 0}, {0, 4, 1}}, -1, 1},
            {"CX-010", "Show the confirmed supply start date in the app",
             "Display from which day the customer pays for the new address, as soon as the move is processed.",
             0, 5, "proposed", "medium", {{0, 3, 0}}, -1, 0},
            {"CX-011", "Redesign the bill around a one-page summary",
             "Put the amount due, the due date and the main reasons for any change on the first page; move the detail to an appendix.",
             2, 7, "in_progress", "short", {{1, 0, 1}, {1, 1, 2}}, 2, 1},
            {"CX-012", "Explain price changes in plain language before they apply",
             "Send each customer a personal letter or e-mail showing what the change means for their own usage, 30 days ahead.",
             4, 17, "in_progress", "short", {{1, 1, 1}}, 2, 1},
            {"CX-013", "Label estimated readings and prompt for an actual read",
             "Mark estimated figures clearly on the bill and invite the customer to submit a reading before the next bill.",
             2, 13, "approved", "short", {{1, 1, 0}}, 2, 1},
            {"CX-014", "Issue final bills within 10 days of moving out",
             "Prioritise final bills in the billing run and track the 10-day target weekly.",
             2, 7, "approved", "medium", {{0, 4, 0}, {0, 4, 1}}, 2, 1},
            {"CX-015", "Refund credit balances automatically to the customer’s bank",
             "Pay closing credit by bank transfer without the customer having to ask. Cheques are withdrawn.",
             2, 17, "in_progress", "short", {{0, 4, 2}}, 2, 1},
            {"CX-016", "Cap direct-debit adjustments and explain each change",
             "Limit increases at the annual review and show the calculation, so customers are not surprised.",
             2, 13, "proposed", "medium", {{1, 3, 1}}, -1, 1},
            {"CX-017", "Send e-bills on the day the bill is produced",
             "Remove the two-day batch delay between bill production and the e-bill notification.",
             0, 18, "idea", "short", {{1, 0, 0}}, -1, 1},
            {"CX-018", "Offer evening and Saturday meter appointments",
             "Add appointment slots outside working hours so customers do not need to take time off.",
             3, 16, "approved", "medium", {{0, 2, 0}}, 3, 0},
            {"CX-019", "Equip engineers with the live meter-point register",
             "Let engineers check and correct meter-point data on site from their handheld devices.",
             3, 21, "in_progress", "medium", {{0, 3, 1}}, 3, 1},
            {"CX-020", "Read smart meters remotely on the move-out day",
             "Trigger a remote read as soon as the move is confirmed, so no final bill is estimated for smart-meter homes.",
             3, 8, "proposed", "medium", {{0, 2, 0}, {0, 4, 1}}, -1, 1},
            {"CX-021", "Replace faulty smart-meter communication hubs in priority areas",
             "Target the postcodes where smart meters have stopped sending readings, which drives estimated bills.",
             3, 21, "idea", "long", {{1, 1, 0}}, -1, -1},
            {"CX-022", "Offer a call-back instead of queueing at peak times",
             "Let callers keep their place in the queue and be called back at a time they choose.",
             1, 6, "approved", "short", {{1, 2, 0}}, 4, 2},
            {"CX-023", "Raise advisors’ authority to settle billing disputes on the first call",
             "Allow advisors to approve small adjustments without a supervisor, within clear limits.",
             1, 12, "proposed", "short", {{1, 2, 1}}, 4, 2},
            {"CX-024", "Route callers to a billing specialist based on their account",
             "Recognise the caller’s number and send open billing disputes straight to the billing team.",
             1, 22, "proposed", "medium", {{1, 2, 0}, {1, 2, 1}}, -1, 2},
            {"CX-025", "Weekly first-contact resolution coaching for team leads",
             "Review three real calls per advisor each week and agree one improvement.",
             1, 15, "in_progress", "short", {{1, 2, 1}}, 4, 2},
            {"CX-026", "Chatbot for balance and bill questions",
             "Answer simple account questions through a chatbot on the website. Dropped after the pilot: answers were too generic to resolve real queries.",
             0, 14, "dropped", "", {{1, 2, 0}}, -1, 2},
            {"CX-027", "Set up a payment plan online in under five minutes",
             "A short online form with an affordability check replaces the paper form and the follow-up calls.",
             2, 13, "proposed", "medium", {{1, 4, 1}}, 5, 3},
            {"CX-028", "Train advisors to spot signs of financial difficulty",
             "A half-day course, built with a debt-advice charity, on starting the conversation with empathy.",
             1, 12, "approved", "short", {{1, 4, 0}}, 5, 3},
            {"CX-029", "Signpost support schemes on every reminder letter",
             "Add a short, friendly box listing available help, with a free phone number.",
             2, 17, "idea", "short", {{1, 4, 2}}, 5, 3},
            {"CX-030", "Offer more ways to pay, including pay-at-shop and weekly payments",
             "Give customers without online banking simple options that fit their budget cycle.",
             2, 7, "idea", "medium", {{1, 3, 0}}, -1, 3},
            {"CX-031", "Tariff comparison at move-in based on previous usage",
             "Suggest the best tariff for the new home using the customer’s consumption at the old address.",
             4, 9, "proposed", "medium", {{0, 3, 2}}, 6, 0},
            {"CX-032", "Annual best-tariff check for every customer",
             "Tell each customer once a year whether another tariff would have cost them less.",
             4, 19, "idea", "long", {{1, 1, 1}}, -1, -1},
            {"CX-033", "Reduce the tariff range from 14 to 5 products",
             "Close legacy tariffs and move customers to a simpler range that is easy to compare.",
             4, 9, "proposed", "long", {{1, 1, 2}}, 6, -1},
            {"CX-034", "Text alerts for planned and unplanned outages by postcode",
             "Warn affected customers before they notice the outage and update them until supply returns.",
             3, 8, "proposed", "medium", {}, 7, 3},
            {"CX-035", "Live outage map with restoration estimates",
             "Show current outages and expected restoration times on the website and in the app.",
             0, 5, "idea", "long", {}, 7, 3},
            {"CX-036", "Personalised welcome pack for new homes",
             "Tailor the welcome message to the household, with tips for the new home and the first bill date.",
             4, 23, "idea", "", {{0, 5, 0}}, -1, -1},
            {"CX-037", "Carry the direct debit over automatically when moving home",
             "Keep the existing mandate active for the new account unless the customer asks otherwise.",
             2, 17, "approved", "short", {{0, 5, 1}}, -1, 0},
            {"CX-038", "Large-print and audio bills on request",
             "Let customers choose an accessible bill format once and keep it for every future bill.",
             1, 15, "proposed", "", {{1, 0, 1}}, -1, 3},
            {"CX-039", "Switch all customers to paperless billing by default",
             "Move every customer to e-bills unless they opt out. Dropped after VoC feedback from older customers who rely on paper.",
             2, 13, "dropped", "", {{1, 0, 0}}, -1, 1},
            {"CX-040", "Predict high-bill complaints from consumption anomalies",
             "Flag unusual consumption before the bill is sent and contact the customer proactively.",
             5, 20, "idea", "long", {{1, 1, 0}, {1, 2, 0}}, -1, 1},
        },

        // kpis
        {
            {"Net Promoter Score", "points", 4.0, 25.0, "up", 0.8},
            {"First-contact resolution", "%", 62.0, 80.0, "up", 0.6},
            {"Average handling time", "minutes", 11.5, 8.5, "down", -0.1},
            {"Billing complaints per 1,000 customers", "per 1,000 customers", 7.8, 4.0, "down", -0.15},
            {"Digital self-service rate", "%", 38.0, 65.0, "up", 0.9},
            {"Move-in completion time", "days", 12.0, 3.0, "down", -0.3},
        },

        // changeRequests (codes in the order they were submitted; the board met about four weeks before the anchor)
        {
            {"CR-001", "Payment break after a bereavement or job loss",
             "Let customers who have lost a partner or their job pause their payments for up to three months, "
             "with no reminder letters, and agree a plan with them before the break ends.",
             "voc",
             "Advisors recorded 96 calls last quarter from bereaved or newly unemployed customers who had already missed a "
             "payment. Survey verbatim: “I was struggling and nobody told me I could ask for a break.”",
             6, 118, 2, 3, 40000, 35000, 30, 2, 4, {{1, 4, 0}, {1, 4, 1}},
             "approved", true, 15, 60,
             "Fits the hardship work already planned in BIN-06; the debt-advice charity will review the letters at no "
             "extra cost.",
             "Nadia Petrovic leads it inside BIN-06, with 30 person-days from the billing team and 35,000 from the bin’s "
             "budget.",
             5, 0},
            {"CR-002", "Next-day set-up guarantee for movers",
             "Promise every customer who reports a move online that their new home is fully set up, with the right meter "
             "and tariff, by the next working day.",
             "market",
             "Voltline, our largest competitor, has advertised a next-day guarantee since the spring. 14% of movers who "
             "left us last quarter named it in the exit survey.",
             9, 101, 0, 0, 300000, 220000, 140, 2, 6, {},
             "deferred", true, 15, 48,
             "Promise only what we can keep: wait for two months of completion data from the new move form (BIN-02) "
             "before committing to a guarantee.",
             "", -1, 2},
            {"CR-003", "Video appointments with billing advisors",
             "Offer customers with complex billing questions a booked video call with a billing specialist who can share "
             "their screen and walk through the bill.",
             "voc",
             "In the billing survey, 2% of respondents asked for a video option. Complex bill queries take 3.4 contacts on "
             "average to resolve.",
             6, 84, 1, 2, 25000, 160000, 90, 1, 0, {{1, 2, 1}, {1, 2, 0}},
             "rejected", true, 15, 40,
             "Cost out of proportion with demand. The call-back and specialist routing planned in BIN-05 address the same "
             "waits; the board will look again if demand grows.",
             "", -1, 0},
            {"CR-004", "Upgrade the CRM before vendor support ends",
             "Move to the vendor’s current CRM version next year, before support for ours ends, and bring the upgrade "
             "forward so that it does not collide with the one-contact pilot.",
             "internal",
             "The vendor’s end-of-support notice names next December. Our version misses two security patches already.",
             10, 70, 5, -1, 0, 480000, 300, 2, 0, {},
             "rejected", false, 5, 0,
             "Not a change to the CX program: the upgrade is funded and run by the IT roadmap. Please raise its overlap "
             "with the one-contact pilot at the steering committee.",
             "", -1, 0},
            {"CR-005", "Reassign payment-support work after the billing and collections merger",
             "Billing and collections merge into one Billing & payments department in the autumn. The payment-support "
             "tasks and bins need new owners in the merged team.",
             "organisation",
             "",
             13, 52, 2, 3, 0, 0, 15, 1, 0, {},
             "returned", false, 6, 0,
             "Please list the tasks and bins affected and who agreed their new owners in the merged department, with an "
             "estimate of the hand-over effort, then send it back.",
             "", -1, 0},
            {"CR-006", "Apply the 12-month back-billing limit to final and catch-up bills",
             "Stop billing customers for energy used more than 12 months ago, as the regulator now requires, and review "
             "the final-bill and estimated-read initiatives against the new rule.",
             "regulation",
             "The regulator’s decision paper limits back-billing to 12 months for all household customers from the next "
             "tariff year. Last year 1,850 of our catch-up bills covered more than 12 months of use.",
             7, 41, 2, 1, 95000, 60000, 45, 3, 5, {{0, 4, 1}},
             "qualified", false, 15, 19, "", "", -1, 0},
            {"CR-007", "Explain the standing charge with the customer’s own figures",
             "Show on the bill and in the app what the daily standing charge pays for and what it came to this month, "
             "in one short paragraph.",
             "voc",
             "The standing charge is the third most common bill question: 11% of billing calls last quarter. Survey "
             "verbatim: “I pay 60p a day before I use anything and nobody can tell me why.”",
             5, 33, 0, 1, 60000, 45000, 50, 1, 3, {{1, 1, 2}, {1, 0, 1}},
             "qualified", false, 15, 15, "", "", -1, 0},
            {"CR-008", "Let customers choose the date of their monthly payment",
             "Let customers pick any direct-debit date from the 1st to the 28th, online or on the phone, and change it "
             "once a year.",
             "market",
             "Three of the five largest suppliers offer a free choice of payment date. “Pay on payday” is the most voted "
             "idea on our customer forum (640 votes).",
             11, 26, 2, 0, 70000, 30000, 25, 0, 0, {},
             "qualified", false, 15, 12, "", "", -1, 0},
            {"CR-009", "Cap direct-debit increases at the annual review and explain each change",
             "Limit how much a direct debit can rise at the annual review and show customers the calculation before the "
             "new amount applies, so nobody is surprised by a jump.",
             "voc",
             "Direct-debit increases were the first reason given by detractors in the winter survey (212 comments). "
             "Verbatim: “My direct debit went up by forty percent with no explanation.”",
             12, 9, 2, 1, 80000, 40000, 35, 2, 0, {{1, 3, 1}},
             "submitted", false, 0, 0, "", "", -1, 0},
            {"CR-010", "Warn customers about gas supply interruptions as well as power cuts",
             "Extend the outage text alerts proposed in BIN-08 to interruptions of gas supply caused by network works, with "
             "the same postcode targeting.",
             "internal",
             "Field teams logged 38 calls during the gas-main works in the north district from customers who asked why "
             "nobody had warned them.",
             8, 3, 3, 3, 0, 25000, 20, 1, 0, {},
             "submitted", false, 0, 0, "", "", -1, 0},
        },

        // boardSession
        {"Three requests decided. The payment break joins BIN-06 with the hardship work; the next-day guarantee waits "
         "for the move form’s completion data; video appointments were turned down in favour of the call-back planned "
         "in BIN-05. This year’s budget is now tight: new requests with a cost need a saving or a trade-off.",
         {0, 1, 2, 3, 4}},

        // returnNotes
        {
            "Please add an estimate of cost and effort, even a rough one, and send it back.",
            "Which customers does it affect, and how many? Please add the evidence and resubmit.",
            "Please say which pillar it serves and what would change for customers.",
            "The description is too short to assess: please describe the change and its expected benefit.",
        },
        // qualificationRejections
        {
            "Already covered by an initiative in the program: merged with it.",
            "Outside the program’s scope: passed on to the team that owns it.",
            "Business as usual for the team concerned; it does not need the board.",
        },
        // boardRejections
        {
            "Cost out of proportion with the expected benefit.",
            "No room in this year’s budget envelope; resubmit for next year if still needed.",
            "The domain is at capacity for the coming months and the benefit does not justify a trade-off.",
            "Does not serve any of the program’s pillars.",
        },
        // boardDeferrals
        {
            "Wait for the results of the pilot already under way.",
            "Back after the budget review of the next quarter.",
            "The domain is at capacity until the current release ships.",
            "Needs a firmer estimate from the delivery team first.",
        },
        // boardResources
        {
            "Within the bin’s existing team and budget.",
            "Two extra person-months from the delivery team, funded from the bin’s budget.",
            "A part-time analyst for three months.",
            "Supplier time under the existing framework contract.",
        },
        // generatedSessionNotes
        "Decisions recorded in the log; submitters informed.",

        // positiveVerbatims
        {
            "Moving was painless this time – one form and everything was sorted.",
            "The advisor already knew why I was calling. Brilliant.",
            "I got my credit refund straight into my bank account without asking.",
            "The new bill is so much clearer, I finally understand the standing charge.",
            "The engineer came on a Saturday, which saved me a day off work.",
            "They warned me about the price change weeks before it happened.",
            "The app showed my supply start date the same day I moved.",
            "I was struggling and the lady on the phone set up a plan I can afford.",
            "Got a text about the power cut and another when it came back on.",
            "Quick, friendly and solved first time. That’s all I want.",
            "The call-back came exactly when they said it would.",
            "Submitting my meter photo took less than a minute.",
        },

        // negativeVerbatims
        {
            "I waited 25 minutes on hold just to ask about my bill.",
            "I told you I was moving twice and still got billed for the old flat.",
            "My final bill was an estimate, even though I sent a reading.",
            "Nobody confirmed my move request, so I had to call to check.",
            "My direct debit went up by forty percent with no explanation.",
            "The bill is four pages of codes and I still don’t know what I owe.",
            "The power was off for six hours and nobody told us anything.",
            "I had to explain my problem three times to three different people.",
            "Still waiting for my refund two months after I moved out.",
            "The website kept crashing when I tried to upload my meter photo.",
            "Your opening hours are useless when you work full time.",
            "I missed a payment because my direct debit didn’t move with me.",
        },

        // channels
        {"Web survey", "Call centre", "Mobile app", "E-mail", "Field visit"},

        // firstNames
        {
            "Amelia", "Kofi", "Ines", "Rahul", "Freya", "Tariq", "Zoe", "Mateus", "Yara", "Callum",
            "Anika", "Joaquin", "Siobhan", "Hiroshi", "Lucia", "Emeka", "Maja", "Dmitri", "Aaliyah", "Finn",
            "Noor", "Gabriel", "Ewa", "Samuel", "Leonie", "Arjun", "Rosa", "Kenji", "Fatima", "Oscar",
            "Ayla", "Bruno", "Thandiwe", "Elias", "Marisol", "Connor", "Sana", "Viktor", "Imogen", "Tobias",
        },

        // lastNames
        {
            "Adebayo", "Kowalski", "Hughes", "Nakamura", "Rossi", "Mbeki", "Larsen", "Costa", "Sharma", "Doyle",
            "Novak", "Haddadi", "Lindgren", "Osei", "Moreau", "Quinn", "Yilmaz", "Ferrante", "Kaur", "Brandt",
            "Okoro", "Szabo", "Morales", "Whitlock", "Dubois", "Tanaka", "Mwangi", "Castillo", "Petersen", "Farouk",
            "Gallagher", "Ivanova", "Reyes", "Abernethy", "Chandra", "Vidal", "Eriksen", "Ncube", "Santos", "Holloway",
        },

        // teams
        {
            "Digital channels", "Customer service", "Billing & payments", "Field operations", "Offers & marketing",
            "Data & IT", "CX office", "Executive committee", "Collections", "Smart metering",
        },

        // actionVerbs
        {
            "Simplify", "Automate", "Redesign", "Streamline", "Personalise",
            "Digitise", "Clarify", "Speed up", "Standardise", "Rewrite",
            "Consolidate", "Monitor", "Pilot", "Measure", "Improve",
            "Extend", "Modernise", "Review", "Test", "Relaunch",
        },

        // actionObjects
        {
            "the move-in form", "the move-out form", "outage text alerts", "direct-debit set-up",
            "the final bill", "the welcome e-mail", "meter-reading reminders", "the payment-plan journey",
            "the bill layout", "price-change letters", "the complaint process", "call-back scheduling",
            "the phone menu", "the self-service portal", "the mobile app log-in", "smart-meter installation booking",
            "engineer appointment slots", "credit refunds", "the tariff comparison", "the contract renewal notice",
            "account closure", "the first-bill explanation", "payment reminder letters", "the vulnerable-customer register",
            "advisor knowledge articles", "the customer satisfaction survey", "the annual direct-debit review", "estimated-reading messages",
            "the outage status page", "the chat-to-advisor hand-off", "home-move notifications", "complaint acknowledgements",
            "the green-tariff sign-up", "the meter-photo upload", "the bereavement process", "address changes",
            "the annual energy statement", "the emergency contact page", "the referral programme", "the priority services sign-up",
        },
    };
    return c;
}

} // namespace tiller::app::sample
