-- A Tiller portfolio at schema version 1 (sqlite3 .dump of a small demo, trimmed).
-- The schema tests migrate it to the latest version and compare with a fresh database.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE program (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    vision TEXT NOT NULL DEFAULT '',
    pillars TEXT NOT NULL DEFAULT '',
    budget_envelope DOUBLE PRECISION,
    short_term_months INTEGER NOT NULL DEFAULT 6,
    medium_term_months INTEGER NOT NULL DEFAULT 18,
    long_term_months INTEGER NOT NULL DEFAULT 36,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO program VALUES(1,'Customer First 2027','By 2027, every Brightwave customer finds it easy to move home, understand their bill and pay for their energy, and gets help the first time they ask. We want to be the supplier households recommend to friends and family, with a Net Promoter Score of +25 and half of today’s complaints.',replace('Effortless everyday journeys\nBills customers can trust\nResolved in one contact\nCare when it matters most','\n',char(10)),2400000.0,6,18,36,1);
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    roles INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO person VALUES(1,'Claire Okafor','claire.okafor@brightwave.example','CX office',1,1,1);
INSERT INTO person VALUES(2,'Magnus Ferreira','magnus.ferreira@brightwave.example','Executive committee',20,1,1);
INSERT INTO person VALUES(3,'Priya Halvorsen','priya.halvorsen@brightwave.example','Executive committee',4,1,1);
INSERT INTO person VALUES(4,'Tomás Brennan','tomas.brennan@brightwave.example','Executive committee',4,1,1);
INSERT INTO person VALUES(5,'Hannah Ishikawa','hannah.ishikawa@brightwave.example','Field operations',6,1,1);
INSERT INTO person VALUES(6,'Aiko Lindberg','aiko.lindberg@brightwave.example','Digital channels',2,1,1);
INSERT INTO person VALUES(7,'Daniel Achterberg','daniel.achterberg@brightwave.example','Customer service',2,1,1);
INSERT INTO person VALUES(8,'Sofia Marchetti','sofia.marchetti@brightwave.example','Billing & payments',2,1,1);
INSERT INTO person VALUES(9,'Rhys Callaghan','rhys.callaghan@brightwave.example','Field operations',2,1,1);
INSERT INTO person VALUES(10,'Leila Haddad','leila.haddad@brightwave.example','Offers & marketing',2,1,1);
INSERT INTO person VALUES(11,'Jonas Oyelaran','jonas.oyelaran@brightwave.example','Data & IT',2,1,1);
INSERT INTO person VALUES(12,'Grace Adeyemi','grace.adeyemi@brightwave.example','CX office',2,1,1);
INSERT INTO person VALUES(13,'Mateo Alvarez','mateo.alvarez@brightwave.example','Customer service',10,1,1);
INSERT INTO person VALUES(14,'Nadia Petrovic','nadia.petrovic@brightwave.example','Billing & payments',2,1,1);
INSERT INTO person VALUES(15,'Owen Fitzgerald','owen.fitzgerald@brightwave.example','Digital channels',2,1,1);
INSERT INTO person VALUES(16,'Amara Nwosu','amara.nwosu@brightwave.example','Customer service',8,1,1);
INSERT INTO person VALUES(17,'Liam O’Donnell','liam.odonnell@brightwave.example','Field operations',8,1,1);
INSERT INTO person VALUES(18,'Mei Lin Chow','meilin.chow@brightwave.example','Billing & payments',8,1,1);
INSERT INTO person VALUES(19,'Ravi Desai','ravi.desai@brightwave.example','Digital channels',8,1,1);
INSERT INTO person VALUES(20,'Elena Popescu','elena.popescu@brightwave.example','Offers & marketing',8,1,1);
INSERT INTO person VALUES(21,'Kwame Boateng','kwame.boateng@brightwave.example','Data & IT',0,1,1);
INSERT INTO person VALUES(22,'Ingrid Solberg','ingrid.solberg@brightwave.example','Field operations',0,1,1);
INSERT INTO person VALUES(23,'Yusuf Demir','yusuf.demir@brightwave.example','Customer service',0,1,1);
INSERT INTO person VALUES(24,'Chloé Bernard','chloe.bernard@brightwave.example','Offers & marketing',0,1,1);
CREATE TABLE functional_domain (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '#808080',
    sort_order INTEGER NOT NULL DEFAULT 0,
    capacity_person_days DOUBLE PRECISION,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO functional_domain VALUES(1,'Digital channels','#3f86d6',1,60.0,1);
INSERT INTO functional_domain VALUES(2,'Customer service','#2e9e6b',2,60.0,1);
INSERT INTO functional_domain VALUES(3,'Billing & payments','#d4882b',3,60.0,1);
INSERT INTO functional_domain VALUES(4,'Field operations','#8b68c9',4,60.0,1);
INSERT INTO functional_domain VALUES(5,'Offers & marketing','#d1567d',5,60.0,1);
INSERT INTO functional_domain VALUES(6,'Data & IT','#7a8aa0',6,60.0,1);
CREATE TABLE persona (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    goals TEXT NOT NULL DEFAULT '',
    frustrations TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO persona VALUES(1,'Jade, moving with a young family','Jade, 34, and her partner are moving from a rented flat to a house with their two children. She runs the household admin on her phone, usually late in the evening.','Sort out energy at both addresses in one go, without a phone call. Be sure the first bill at the new home is right.','Typing the same details into several forms and calls. Not knowing whether her move request has actually been received.',1);
INSERT INTO persona VALUES(2,'Albert, retired on a fixed income','Albert, 72, lives alone and pays by direct debit from his pension. He reads every paper bill carefully and phones when something looks wrong.','Understand exactly what he pays and why, and keep his monthly payment steady.','Bills full of jargon and estimated figures. Long waits on the phone and being passed from one advisor to another.',1);
INSERT INTO persona VALUES(3,'Nisha, small-business owner','Nisha, 45, runs a neighbourhood café and looks after the energy account for the flat above it. Time is her scarcest resource.','Deal with energy questions in a few minutes, at any time of day, and budget her costs with confidence.','Call-centre opening hours that clash with her working day. Price changes she only notices when the bill arrives.',1);
CREATE TABLE journey (
    id INTEGER PRIMARY KEY,
    persona_id BIGINT REFERENCES persona (id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO journey VALUES(1,1,'Moving home','',1);
INSERT INTO journey VALUES(2,2,'Understanding and paying my bill','',1);
CREATE TABLE journey_stage (
    id INTEGER PRIMARY KEY,
    journey_id BIGINT NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO journey_stage VALUES(1,1,'Planning the move',1,1);
INSERT INTO journey_stage VALUES(2,1,'Telling us about the move',2,1);
INSERT INTO journey_stage VALUES(3,1,'Final meter reading',3,1);
INSERT INTO journey_stage VALUES(4,1,'Setting up the new home',4,1);
INSERT INTO journey_stage VALUES(5,1,'Final bill at the old address',5,1);
INSERT INTO journey_stage VALUES(6,1,'First weeks in the new home',6,1);
INSERT INTO journey_stage VALUES(7,2,'Receiving the bill',1,1);
INSERT INTO journey_stage VALUES(8,2,'Understanding the charges',2,1);
INSERT INTO journey_stage VALUES(9,2,'Querying the bill',3,1);
INSERT INTO journey_stage VALUES(10,2,'Paying',4,1);
INSERT INTO journey_stage VALUES(11,2,'Getting help when struggling',5,1);
CREATE TABLE pain_point (
    id INTEGER PRIMARY KEY,
    stage_id BIGINT NOT NULL REFERENCES journey_stage (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    severity INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 5),
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO pain_point VALUES(1,1,'Unclear notice period','Customers do not know how far ahead they should tell us about their move.',3,1);
INSERT INTO pain_point VALUES(2,1,'Move form hard to find','The moving-home page is buried three levels deep in the help centre.',3,1);
INSERT INTO pain_point VALUES(3,2,'Same details asked twice','The move-out and move-in forms ask for the same personal details again.',3,1);
INSERT INTO pain_point VALUES(4,2,'No confirmation received','Customers get no acknowledgement and call to check their request arrived.',4,1);
INSERT INTO pain_point VALUES(5,2,'Joint accounts need a call','A second account holder can only confirm the move by phone.',3,1);
INSERT INTO pain_point VALUES(6,3,'Reading date mismatch','The final reading is taken on a different day from the actual move-out date.',4,1);
INSERT INTO pain_point VALUES(7,3,'Meter photo upload fails','Uploading a meter photo from a mobile browser often times out.',3,1);
INSERT INTO pain_point VALUES(8,4,'Supply start date unclear','Customers are not told from which day they pay for the new address.',4,1);
INSERT INTO pain_point VALUES(9,4,'Meter not found for address','New-build and converted flats often cannot be matched to a meter point.',5,1);
INSERT INTO pain_point VALUES(10,4,'Tariff chosen blind','Customers keep their old tariff without seeing what would suit the new home.',2,1);
INSERT INTO pain_point VALUES(11,5,'Final bill arrives late','Final bills take up to six weeks to arrive after the move.',4,1);
INSERT INTO pain_point VALUES(12,5,'Estimated final bill','The final bill is based on an estimate when no reading was recorded.',5,1);
INSERT INTO pain_point VALUES(13,5,'Slow credit refund','Credit balances are refunded by cheque or only after the customer calls.',4,1);
INSERT INTO pain_point VALUES(14,6,'Generic welcome','The welcome e-mail ignores the customer’s history and household.',2,1);
INSERT INTO pain_point VALUES(15,6,'Direct debit not carried over','The direct debit has to be set up again, and a payment is missed.',4,1);
INSERT INTO pain_point VALUES(16,7,'Paper bill arrives late','Paper bills arrive close to the payment date, leaving little time to check them.',3,1);
INSERT INTO pain_point VALUES(17,7,'Bill too long and technical','Four pages of tariff codes hide the amount due and the reason for it.',4,1);
INSERT INTO pain_point VALUES(18,8,'Estimated readings confusing','Customers cannot tell which figures are estimated and which are actual.',4,1);
INSERT INTO pain_point VALUES(19,8,'Price change not explained','Price increases appear on the bill without a clear prior explanation.',4,1);
INSERT INTO pain_point VALUES(20,8,'Standing charge unclear','The daily standing charge is not explained in plain words.',3,1);
INSERT INTO pain_point VALUES(21,9,'Long phone wait','Waiting times on the billing line exceed 15 minutes at peak hours.',5,1);
INSERT INTO pain_point VALUES(22,9,'Repeating the story','Customers must explain their query again each time they are transferred.',4,1);
INSERT INTO pain_point VALUES(23,10,'Few ways to pay','Customers without online banking have few convenient ways to pay.',3,1);
INSERT INTO pain_point VALUES(24,10,'Direct debit jumps','Direct-debit amounts change sharply after an annual review with little warning.',4,1);
INSERT INTO pain_point VALUES(25,11,'Reluctant to ask for help','Customers in difficulty feel embarrassed and wait too long before calling.',4,1);
INSERT INTO pain_point VALUES(26,11,'Payment plan set-up slow','Agreeing a payment plan takes several calls and a paper form.',5,1);
INSERT INTO pain_point VALUES(27,11,'Support schemes unknown','Most eligible customers have never heard of the available support schemes.',3,1);
CREATE TABLE project_bin (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    domain_id BIGINT REFERENCES functional_domain (id) ON DELETE RESTRICT,
    owner_id BIGINT REFERENCES person (id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'proposed',
    priority INTEGER NOT NULL DEFAULT 0,
    horizon TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    budget DOUBLE PRECISION,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO project_bin VALUES(1,'BIN-01','Single customer view',6,11,'done',3,'short','2025-11-01','2026-03-31',136000.0,1);
INSERT INTO project_bin VALUES(2,'BIN-02','Easy move-in and move-out',1,6,'in_progress',1,'short','2026-01-01','2026-06-30',159000.0,1);
INSERT INTO project_bin VALUES(3,'BIN-03','Bills customers understand',3,8,'in_progress',2,'short','2025-12-01','2026-06-30',185000.0,1);
INSERT INTO project_bin VALUES(4,'BIN-04','First-time-right meter reads',4,5,'blocked',5,'short','2026-03-01','2026-08-31',322000.0,1);
INSERT INTO project_bin VALUES(5,'BIN-05','Resolved in one contact',2,7,'planned',4,'short','2026-04-01','2026-11-30',275000.0,1);
INSERT INTO project_bin VALUES(6,'BIN-06','Help when money is tight',3,14,'planned',6,'short','2026-06-01','2026-10-31',148000.0,1);
INSERT INTO project_bin VALUES(7,'BIN-07','Simple, fair tariffs',5,10,'proposed',7,'short','2026-09-01','2027-02-28',74000.0,1);
INSERT INTO project_bin VALUES(8,'BIN-08','Proactive outage and service alerts',4,9,'proposed',8,'short','2026-11-01','2027-02-28',254000.0,1);
CREATE TABLE bin_dependency (
    id INTEGER PRIMARY KEY,
    predecessor_id BIGINT NOT NULL REFERENCES project_bin (id) ON DELETE CASCADE,
    successor_id BIGINT NOT NULL REFERENCES project_bin (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'FS',
    lag_days INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1,
    CHECK (predecessor_id <> successor_id),
    UNIQUE (predecessor_id, successor_id)
);
INSERT INTO bin_dependency VALUES(1,1,2,'FS',0,1);
INSERT INTO bin_dependency VALUES(2,1,3,'FS',0,1);
INSERT INTO bin_dependency VALUES(3,2,4,'FS',0,1);
INSERT INTO bin_dependency VALUES(4,1,5,'FS',0,1);
INSERT INTO bin_dependency VALUES(5,3,5,'FS',0,1);
INSERT INTO bin_dependency VALUES(6,3,6,'FS',0,1);
INSERT INTO bin_dependency VALUES(7,5,8,'FS',0,1);
CREATE TABLE initiative (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    domain_id BIGINT REFERENCES functional_domain (id) ON DELETE RESTRICT,
    owner_id BIGINT REFERENCES person (id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'idea',
    horizon TEXT NOT NULL DEFAULT '',
    bin_id BIGINT REFERENCES project_bin (id) ON DELETE SET NULL,
    priority INTEGER NOT NULL DEFAULT 0,
    budget DOUBLE PRECISION,
    reach DOUBLE PRECISION,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO initiative VALUES(1,'CX-001','Merge customer records across billing and CRM systems','Match and merge duplicate accounts so each customer has one record. Duplicates today cause repeated explanations and letters sent to old addresses.',6,21,'done','short',1,0,233000.0,78449.0,1);
INSERT INTO initiative VALUES(2,'CX-002','Give advisors a single customer timeline','Show bills, payments, meter reads and past contacts on one screen, so advisors no longer ask customers to repeat their story.',6,11,'done','short',1,0,140000.0,810.0,1);
INSERT INTO initiative VALUES(3,'CX-003','Match new addresses to meter points automatically','Use the national address file and meter-point register to find the right meter when a customer enters a new address.',6,21,'in_progress','medium',2,0,151000.0,4579.0,1);
INSERT INTO initiative VALUES(4,'CX-004','Publish a moving-home checklist with notice periods','A single page, linked from the home page, that explains when and how to tell us about a move.',1,19,'done','short',2,0,219000.0,10709.0,1);
INSERT INTO initiative VALUES(5,'CX-005','One online form for moving out and moving in','Replace the two separate forms with one guided flow that asks for each detail only once.',1,15,'in_progress','short',2,0,110000.0,26209.0,1);
INSERT INTO initiative VALUES(6,'CX-006','Instant e-mail and text confirmation for every move request','Confirm receipt within minutes, with a reference number and the next steps. Today a third of movers call to check.',1,6,'in_progress','short',2,0,49000.0,21538.0,1);
INSERT INTO initiative VALUES(7,'CX-007','Let joint account holders confirm a move online','Send the second account holder a secure link instead of requiring a phone call.',1,15,'approved','medium',2,0,51000.0,34966.0,1);
INSERT INTO initiative VALUES(8,'CX-008','Fix meter photo upload on mobile browsers','Compress photos on the device and retry uploads automatically on weak connections.',1,19,'done','short',2,0,14000.0,67218.0,1);
INSERT INTO initiative VALUES(9,'CX-009','Align the final reading date with the move-out date','Use the customer’s own reading on the move-out day and stop defaulting to the next scheduled read.',3,14,'approved','short',NULL,0,218000.0,20050.0,1);
INSERT INTO initiative VALUES(10,'CX-010','Show the confirmed supply start date in the app','Display from which day the customer pays for the new address, as soon as the move is processed.',1,6,'proposed','medium',NULL,0,180000.0,12366.0,1);
INSERT INTO initiative VALUES(11,'CX-011','Redesign the bill around a one-page summary','Put the amount due, the due date and the main reasons for any change on the first page; move the detail to an appendix.',3,8,'in_progress','short',3,0,108000.0,38595.0,1);
INSERT INTO initiative VALUES(12,'CX-012','Explain price changes in plain language before they apply','Send each customer a personal letter or e-mail showing what the change means for their own usage, 30 days ahead.',5,18,'in_progress','short',3,0,117000.0,10651.0,1);
INSERT INTO initiative VALUES(13,'CX-013','Label estimated readings and prompt for an actual read','Mark estimated figures clearly on the bill and invite the customer to submit a reading before the next bill.',3,14,'approved','short',3,0,138000.0,1000.0,1);
INSERT INTO initiative VALUES(14,'CX-014','Issue final bills within 10 days of moving out','Prioritise final bills in the billing run and track the 10-day target weekly.',3,8,'approved','medium',3,0,26000.0,52344.0,1);
INSERT INTO initiative VALUES(15,'CX-015','Refund credit balances automatically to the customer’s bank','Pay closing credit by bank transfer without the customer having to ask. Cheques are withdrawn.',3,18,'in_progress','short',3,0,82000.0,44876.0,1);
INSERT INTO initiative VALUES(16,'CX-016','Cap direct-debit adjustments and explain each change','Limit increases at the annual review and show the calculation, so customers are not surprised.',3,14,'proposed','medium',NULL,0,121000.0,63368.0,1);
INSERT INTO initiative VALUES(17,'CX-017','Send e-bills on the day the bill is produced','Remove the two-day batch delay between bill production and the e-bill notification.',1,19,'idea','short',NULL,0,133000.0,53088.0,1);
INSERT INTO initiative VALUES(18,'CX-018','Offer evening and Saturday meter appointments','Add appointment slots outside working hours so customers do not need to take time off.',4,17,'approved','medium',4,0,120000.0,19222.0,1);
INSERT INTO initiative VALUES(19,'CX-019','Equip engineers with the live meter-point register','Let engineers check and correct meter-point data on site from their handheld devices.',4,22,'in_progress','medium',4,0,18000.0,13394.0,1);
INSERT INTO initiative VALUES(20,'CX-020','Read smart meters remotely on the move-out day','Trigger a remote read as soon as the move is confirmed, so no final bill is estimated for smart-meter homes.',4,9,'proposed','medium',NULL,0,89000.0,32029.0,1);
INSERT INTO initiative VALUES(21,'CX-021','Replace faulty smart-meter communication hubs in priority areas','Target the postcodes where smart meters have stopped sending readings, which drives estimated bills.',4,22,'idea','long',NULL,0,40000.0,28119.0,1);
INSERT INTO initiative VALUES(22,'CX-022','Offer a call-back instead of queueing at peak times','Let callers keep their place in the queue and be called back at a time they choose.',2,7,'approved','short',5,0,149000.0,56783.0,1);
INSERT INTO initiative VALUES(23,'CX-023','Raise advisors’ authority to settle billing disputes on the first call','Allow advisors to approve small adjustments without a supervisor, within clear limits.',2,13,'proposed','short',5,0,45000.0,9338.0,1);
INSERT INTO initiative VALUES(24,'CX-024','Route callers to a billing specialist based on their account','Recognise the caller’s number and send open billing disputes straight to the billing team.',2,23,'proposed','medium',NULL,0,202000.0,41723.0,1);
INSERT INTO initiative VALUES(25,'CX-025','Weekly first-contact resolution coaching for team leads','Review three real calls per advisor each week and agree one improvement.',2,16,'in_progress','short',5,0,92000.0,33449.0,1);
INSERT INTO initiative VALUES(26,'CX-026','Chatbot for balance and bill questions','Answer simple account questions through a chatbot on the website. Dropped after the pilot: answers were too generic to resolve real queries.',1,15,'dropped','',NULL,0,99000.0,64345.0,1);
INSERT INTO initiative VALUES(27,'CX-027','Set up a payment plan online in under five minutes','A short online form with an affordability check replaces the paper form and the follow-up calls.',3,14,'proposed','medium',6,0,155000.0,15809.0,1);
INSERT INTO initiative VALUES(28,'CX-028','Train advisors to spot signs of financial difficulty','A half-day course, built with a debt-advice charity, on starting the conversation with empathy.',2,13,'approved','short',6,0,115000.0,56878.0,1);
INSERT INTO initiative VALUES(29,'CX-029','Signpost support schemes on every reminder letter','Add a short, friendly box listing available help, with a free phone number.',3,18,'idea','short',6,0,53000.0,27500.0,1);
INSERT INTO initiative VALUES(30,'CX-030','Offer more ways to pay, including pay-at-shop and weekly payments','Give customers without online banking simple options that fit their budget cycle.',3,8,'idea','medium',NULL,0,140000.0,22789.0,1);
INSERT INTO initiative VALUES(31,'CX-031','Tariff comparison at move-in based on previous usage','Suggest the best tariff for the new home using the customer’s consumption at the old address.',5,10,'proposed','medium',7,0,72000.0,26276.0,1);
INSERT INTO initiative VALUES(32,'CX-032','Annual best-tariff check for every customer','Tell each customer once a year whether another tariff would have cost them less.',5,20,'idea','long',NULL,0,22000.0,12772.0,1);
INSERT INTO initiative VALUES(33,'CX-033','Reduce the tariff range from 14 to 5 products','Close legacy tariffs and move customers to a simpler range that is easy to compare.',5,10,'proposed','long',7,0,108000.0,77375.0,1);
INSERT INTO initiative VALUES(34,'CX-034','Text alerts for planned and unplanned outages by postcode','Warn affected customers before they notice the outage and update them until supply returns.',4,9,'proposed','medium',8,0,43000.0,71402.0,1);
INSERT INTO initiative VALUES(35,'CX-035','Live outage map with restoration estimates','Show current outages and expected restoration times on the website and in the app.',1,6,'idea','long',8,0,124000.0,9826.0,1);
INSERT INTO initiative VALUES(36,'CX-036','Personalised welcome pack for new homes','Tailor the welcome message to the household, with tips for the new home and the first bill date.',5,24,'idea','',NULL,0,210000.0,10899.0,1);
INSERT INTO initiative VALUES(37,'CX-037','Carry the direct debit over automatically when moving home','Keep the existing mandate active for the new account unless the customer asks otherwise.',3,18,'approved','short',NULL,0,188000.0,40222.0,1);
INSERT INTO initiative VALUES(38,'CX-038','Large-print and audio bills on request','Let customers choose an accessible bill format once and keep it for every future bill.',2,16,'proposed','',NULL,0,242000.0,34376.0,1);
INSERT INTO initiative VALUES(39,'CX-039','Switch all customers to paperless billing by default','Move every customer to e-bills unless they opt out. Dropped after VoC feedback from older customers who rely on paper.',3,14,'dropped','',NULL,0,40000.0,50093.0,1);
INSERT INTO initiative VALUES(40,'CX-040','Predict high-bill complaints from consumption anomalies','Flag unusual consumption before the bill is sent and contact the customer proactively.',6,21,'idea','long',NULL,0,168000.0,69533.0,1);
CREATE TABLE initiative_pain_point (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    pain_point_id BIGINT NOT NULL REFERENCES pain_point (id) ON DELETE CASCADE,
    PRIMARY KEY (initiative_id, pain_point_id)
);
INSERT INTO initiative_pain_point VALUES(1,22);
INSERT INTO initiative_pain_point VALUES(2,22);
INSERT INTO initiative_pain_point VALUES(2,3);
INSERT INTO initiative_pain_point VALUES(3,9);
INSERT INTO initiative_pain_point VALUES(4,1);
INSERT INTO initiative_pain_point VALUES(4,2);
INSERT INTO initiative_pain_point VALUES(5,3);
INSERT INTO initiative_pain_point VALUES(5,2);
INSERT INTO initiative_pain_point VALUES(6,4);
INSERT INTO initiative_pain_point VALUES(7,5);
INSERT INTO initiative_pain_point VALUES(8,7);
INSERT INTO initiative_pain_point VALUES(9,6);
INSERT INTO initiative_pain_point VALUES(9,12);
INSERT INTO initiative_pain_point VALUES(10,8);
INSERT INTO initiative_pain_point VALUES(11,17);
INSERT INTO initiative_pain_point VALUES(11,20);
INSERT INTO initiative_pain_point VALUES(12,19);
INSERT INTO initiative_pain_point VALUES(13,18);
INSERT INTO initiative_pain_point VALUES(14,11);
INSERT INTO initiative_pain_point VALUES(14,12);
INSERT INTO initiative_pain_point VALUES(15,13);
INSERT INTO initiative_pain_point VALUES(16,24);
INSERT INTO initiative_pain_point VALUES(17,16);
INSERT INTO initiative_pain_point VALUES(18,6);
INSERT INTO initiative_pain_point VALUES(19,9);
INSERT INTO initiative_pain_point VALUES(20,6);
INSERT INTO initiative_pain_point VALUES(20,12);
INSERT INTO initiative_pain_point VALUES(21,18);
INSERT INTO initiative_pain_point VALUES(22,21);
INSERT INTO initiative_pain_point VALUES(23,22);
INSERT INTO initiative_pain_point VALUES(24,21);
INSERT INTO initiative_pain_point VALUES(24,22);
INSERT INTO initiative_pain_point VALUES(25,22);
INSERT INTO initiative_pain_point VALUES(26,21);
INSERT INTO initiative_pain_point VALUES(27,26);
INSERT INTO initiative_pain_point VALUES(28,25);
INSERT INTO initiative_pain_point VALUES(29,27);
INSERT INTO initiative_pain_point VALUES(30,23);
INSERT INTO initiative_pain_point VALUES(31,10);
INSERT INTO initiative_pain_point VALUES(32,19);
INSERT INTO initiative_pain_point VALUES(33,20);
INSERT INTO initiative_pain_point VALUES(36,14);
INSERT INTO initiative_pain_point VALUES(37,15);
INSERT INTO initiative_pain_point VALUES(38,17);
INSERT INTO initiative_pain_point VALUES(39,16);
INSERT INTO initiative_pain_point VALUES(40,18);
INSERT INTO initiative_pain_point VALUES(40,21);
CREATE TABLE scoring_model (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'weighted',
    active INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE scoring_criterion (
    id INTEGER PRIMARY KEY,
    model_id BIGINT NOT NULL REFERENCES scoring_model (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('benefit', 'cost')),
    weight DOUBLE PRECISION NOT NULL DEFAULT 1,
    scale_min DOUBLE PRECISION NOT NULL DEFAULT 1,
    scale_max DOUBLE PRECISION NOT NULL DEFAULT 5,
    sort_order INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE initiative_score (
    id INTEGER PRIMARY KEY,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    criterion_id BIGINT NOT NULL REFERENCES scoring_criterion (id) ON DELETE CASCADE,
    person_id BIGINT REFERENCES person (id) ON DELETE CASCADE,
    value DOUBLE PRECISION NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE voting_round (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT 'schulze',
    ballot_kind TEXT NOT NULL DEFAULT 'ranking',
    status TEXT NOT NULL DEFAULT 'open',
    opened_at TEXT,
    deadline TEXT,
    closed_at TEXT,
    result TEXT,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO voting_round VALUES(1,'Prioritisation round 1','schulze','ranking','closed','2026-09-01',NULL,'2026-09-15',NULL,1);
CREATE TABLE round_initiative (
    round_id BIGINT NOT NULL REFERENCES voting_round (id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, initiative_id)
);
INSERT INTO round_initiative VALUES(1,30);
INSERT INTO round_initiative VALUES(1,24);
INSERT INTO round_initiative VALUES(1,16);
INSERT INTO round_initiative VALUES(1,40);
INSERT INTO round_initiative VALUES(1,7);
INSERT INTO round_initiative VALUES(1,1);
INSERT INTO round_initiative VALUES(1,27);
INSERT INTO round_initiative VALUES(1,14);
INSERT INTO round_initiative VALUES(1,28);
INSERT INTO round_initiative VALUES(1,29);
CREATE TABLE round_voter (
    round_id BIGINT NOT NULL REFERENCES voting_round (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, person_id)
);
CREATE TABLE ballot (
    id INTEGER PRIMARY KEY,
    round_id BIGINT NOT NULL REFERENCES voting_round (id) ON DELETE CASCADE,
    voter_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'draft',
    submitted_at TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    UNIQUE (round_id, voter_id)
);
INSERT INTO ballot VALUES(1,1,2,'submitted','2026-09-04',1);
INSERT INTO ballot VALUES(2,1,3,'submitted','2026-09-04',1);
INSERT INTO ballot VALUES(3,1,4,'submitted','2026-09-04',1);
INSERT INTO ballot VALUES(4,1,5,'submitted','2026-09-04',1);
INSERT INTO ballot VALUES(5,1,6,'submitted','2026-09-04',1);
INSERT INTO ballot VALUES(6,1,7,'submitted','2026-09-04',1);
INSERT INTO ballot VALUES(7,1,8,'submitted','2026-09-04',1);
INSERT INTO ballot VALUES(8,1,9,'submitted','2026-09-04',1);
CREATE TABLE ballot_entry (
    ballot_id BIGINT NOT NULL REFERENCES ballot (id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    rank_value INTEGER,
    points INTEGER,
    moscow TEXT,
    PRIMARY KEY (ballot_id, initiative_id)
);
INSERT INTO ballot_entry VALUES(1,24,1,NULL,NULL);
INSERT INTO ballot_entry VALUES(1,30,2,NULL,NULL);
INSERT INTO ballot_entry VALUES(1,40,3,NULL,NULL);
INSERT INTO ballot_entry VALUES(1,16,4,NULL,NULL);
INSERT INTO ballot_entry VALUES(1,7,5,NULL,NULL);
INSERT INTO ballot_entry VALUES(1,1,6,NULL,NULL);
INSERT INTO ballot_entry VALUES(1,27,7,NULL,NULL);
INSERT INTO ballot_entry VALUES(1,14,8,NULL,NULL);
INSERT INTO ballot_entry VALUES(1,29,9,NULL,NULL);
INSERT INTO ballot_entry VALUES(1,28,10,NULL,NULL);
INSERT INTO ballot_entry VALUES(2,16,1,NULL,NULL);
INSERT INTO ballot_entry VALUES(2,30,2,NULL,NULL);
INSERT INTO ballot_entry VALUES(2,24,3,NULL,NULL);
INSERT INTO ballot_entry VALUES(2,40,4,NULL,NULL);
INSERT INTO ballot_entry VALUES(2,14,5,NULL,NULL);
INSERT INTO ballot_entry VALUES(2,28,6,NULL,NULL);
INSERT INTO ballot_entry VALUES(2,7,7,NULL,NULL);
INSERT INTO ballot_entry VALUES(2,27,8,NULL,NULL);
INSERT INTO ballot_entry VALUES(2,1,9,NULL,NULL);
INSERT INTO ballot_entry VALUES(2,29,10,NULL,NULL);
CREATE TABLE charter (
    bin_id BIGINT PRIMARY KEY REFERENCES project_bin (id) ON DELETE CASCADE,
    objectives TEXT NOT NULL DEFAULT '',
    benefits TEXT NOT NULL DEFAULT '',
    scope_in TEXT NOT NULL DEFAULT '',
    scope_out TEXT NOT NULL DEFAULT '',
    risks TEXT NOT NULL DEFAULT '',
    sponsor_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO charter VALUES(1,'Give every advisor and every digital channel one trusted record of each customer, their meters, bills and contacts. Remove the duplicate accounts that cause repeated explanations and misdirected letters.','Advisors stop switching between four screens, which shortens calls and raises first-contact resolution. Clean data unlocks the move-home and billing improvements that depend on it.','','','',1,1);
INSERT INTO charter VALUES(2,'Let customers report a move in one online visit, with no phone call and an instant confirmation. Cut the time from move notice to an accurate account at the new home.','Fewer move-related calls and complaints, and customers start at their new home with the right tariff and payment method.','','','',1,1);
INSERT INTO charter VALUES(3,'Make every bill understandable at a glance: what is owed, why, and whether it is estimated. Explain every price change before it applies.','Fewer bill queries and complaints, and customers trust the amounts they pay.','','','',1,1);
INSERT INTO charter VALUES(4,'Get an accurate meter reading at the first attempt, at a time that suits the customer. Stop estimated final bills caused by missed or wrong reads.','Fewer repeat visits and estimated bills, and a lower field cost per read.','','','',1,1);
INSERT INTO charter VALUES(5,'Resolve customers’ questions in the first contact, whatever the channel. Give advisors the information, authority and coaching they need to close a case themselves.','Customers stop chasing us, repeat calls drop and advisors spend their time on new requests.','','','',1,1);
INSERT INTO charter VALUES(6,'Help customers in financial difficulty early, with a plan they can afford and keep. Replace a process that feels punitive with one that feels supportive.','More customers stay on track with payments, and fewer debts reach collection agencies.','','','',1,1);
INSERT INTO charter VALUES(7,'Offer a short range of tariffs that customers can compare in a minute. Make sure every customer knows each year whether a cheaper tariff would suit them.','Customers feel treated fairly, which reduces switching and price-related complaints.','','','',1,1);
INSERT INTO charter VALUES(8,'Tell customers about outages before they call us, with a realistic restoration time. Give priority to customers who depend on electricity for medical equipment.','Fewer calls during incidents and more trust in how we handle them.','','','',1,1);
CREATE TABLE charter_phase (
    id INTEGER PRIMARY KEY,
    bin_id BIGINT NOT NULL REFERENCES project_bin (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE dod_item (
    id INTEGER PRIMARY KEY,
    bin_id BIGINT NOT NULL REFERENCES project_bin (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO dod_item VALUES(1,1,'Duplicate accounts below 0.5% of active customers',1,1,1);
INSERT INTO dod_item VALUES(2,1,'All advisors use the timeline view as their default screen',1,2,1);
INSERT INTO dod_item VALUES(3,1,'Contacts from every channel visible in the timeline within 15 minutes',1,3,1);
INSERT INTO dod_item VALUES(4,1,'Legacy search screen decommissioned',1,4,1);
INSERT INTO dod_item VALUES(5,2,'80% of moves reported online without a follow-up call',0,1,1);
INSERT INTO dod_item VALUES(6,2,'Confirmation sent within 5 minutes for every move request',0,2,1);
INSERT INTO dod_item VALUES(7,2,'Median move-in completion time of 3 days or less',0,3,1);
INSERT INTO dod_item VALUES(8,2,'Form rated 4 out of 5 or better in the post-move survey',0,4,1);
INSERT INTO dod_item VALUES(9,3,'New bill layout live on paper, e-mail and app',0,1,1);
INSERT INTO dod_item VALUES(10,3,'Bill-related calls down 25% against the baseline',0,2,1);
INSERT INTO dod_item VALUES(11,3,'90% of final bills issued within 10 days of move-out',0,3,1);
INSERT INTO dod_item VALUES(12,3,'Credit refunds paid automatically within 5 working days',0,4,1);
INSERT INTO dod_item VALUES(13,4,'First-time-right rate of 92% or more for three consecutive months',0,1,1);
INSERT INTO dod_item VALUES(14,4,'Evening and Saturday slots bookable online in all regions',0,2,1);
INSERT INTO dod_item VALUES(15,4,'Estimated final bills below 5% of moves',0,3,1);
INSERT INTO dod_item VALUES(16,5,'First-contact resolution of 80% across all service teams',0,1,1);
INSERT INTO dod_item VALUES(17,5,'Peak-hour waiting time below 5 minutes with call-back offered',0,2,1);
INSERT INTO dod_item VALUES(18,5,'Repeat contacts within 7 days down by a third',0,3,1);
INSERT INTO dod_item VALUES(19,5,'All team leads running weekly coaching sessions',0,4,1);
INSERT INTO dod_item VALUES(20,6,'Payment plans can be agreed online in under 5 minutes',0,1,1);
INSERT INTO dod_item VALUES(21,6,'80% of payment plans still on track after six months',0,2,1);
INSERT INTO dod_item VALUES(22,6,'Support schemes mentioned in every reminder letter',0,3,1);
INSERT INTO dod_item VALUES(23,6,'All advisors trained on vulnerability signals',0,4,1);
INSERT INTO dod_item VALUES(24,7,'No more than five open tariffs',0,1,1);
INSERT INTO dod_item VALUES(25,7,'Comparison tool available online and to advisors',0,2,1);
INSERT INTO dod_item VALUES(26,7,'Best-tariff check sent to every customer once a year',0,3,1);
INSERT INTO dod_item VALUES(27,8,'Text alerts live for all regions with at least 70% mobile coverage of customers',0,1,1);
INSERT INTO dod_item VALUES(28,8,'Alerts sent within 15 minutes of an outage being confirmed',0,2,1);
INSERT INTO dod_item VALUES(29,8,'Outage call volumes down 40% during major incidents',0,3,1);
CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    bin_id BIGINT NOT NULL REFERENCES project_bin (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    owner_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    due_date TEXT,
    estimate_days DOUBLE PRECISION,
    status TEXT NOT NULL DEFAULT 'todo',
    blocked_reason TEXT NOT NULL DEFAULT '',
    objective_week TEXT,
    created_at TEXT,
    completed_at TEXT,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO task VALUES(1,1,'Map customer fields across billing, CRM and metering systems',7,'2025-11-11',7.0,'done','',NULL,'2025-10-25','2025-11-14',1);
INSERT INTO task VALUES(2,1,'Agree golden-record rules with billing and service leads',23,'2025-11-21',9.0,'doing','',NULL,'2025-10-25',NULL,1);
INSERT INTO task VALUES(3,1,'Profile duplicate accounts in the CRM',9,'2025-12-01',1.0,'doing','',NULL,'2025-10-25',NULL,1);
INSERT INTO task VALUES(4,1,'Select the record-matching engine',12,'2025-12-11',7.0,'done','',NULL,'2025-10-25','2025-12-13',1);
INSERT INTO task VALUES(5,1,'Build the nightly sync between billing and CRM',23,'2025-12-21',1.0,'done','',NULL,'2025-10-25','2025-12-19',1);
INSERT INTO task VALUES(6,1,'Merge 42,000 duplicate customer records',3,'2025-12-31',3.0,'doing','',NULL,'2025-10-25',NULL,1);
INSERT INTO task VALUES(7,1,'Design the advisor timeline view',19,'2026-01-10',6.0,'done','',NULL,'2025-10-25','2026-01-12',1);
INSERT INTO task VALUES(8,1,'Load two years of contact history into the timeline',3,'2026-01-20',1.0,'done','',NULL,'2025-10-25','2026-01-18',1);
INSERT INTO task VALUES(9,1,'Add meter-point data to the customer profile',9,'2026-01-30',9.0,'doing','',NULL,'2025-10-25',NULL,1);
INSERT INTO task VALUES(10,1,'Set up data-quality alerts for missing e-mail and phone',14,'2026-02-09',7.0,'done','',NULL,'2025-10-25','2026-02-12',1);
INSERT INTO task VALUES(11,1,'Complete the privacy impact assessment',9,'2026-02-19',8.0,'done','',NULL,'2025-10-25','2026-02-18',1);
INSERT INTO task VALUES(12,1,'Train 60 advisors on the new customer view',13,'2026-03-01',5.0,'done','',NULL,'2025-10-25','2026-02-27',1);
INSERT INTO task VALUES(13,1,'Measure account lookup time before and after go-live',14,'2026-03-11',4.0,'done','',NULL,'2025-10-25','2026-03-09',1);
INSERT INTO task VALUES(14,1,'Switch off the legacy customer search screen',5,'2026-03-21',1.0,'done','',NULL,'2025-10-25','2026-03-27',1);
INSERT INTO task VALUES(15,1,'Write the run book for the support team',13,'2026-03-31',5.0,'done','',NULL,'2025-10-25','2026-03-28',1);
INSERT INTO task VALUES(16,2,'Map the current move journey from first visit to first bill',5,'2026-01-13',7.0,'done','',NULL,'2025-12-25','2026-01-13',1);
INSERT INTO task VALUES(17,2,'Interview 12 customers who moved in the last three months',8,'2026-01-25',7.0,'done','',NULL,'2025-12-25','2026-01-23',1);
INSERT INTO task VALUES(18,2,'Draft move-in form wireframes',6,'2026-02-06',4.0,'done','',NULL,'2025-12-25','2026-02-04',1);
INSERT INTO task VALUES(19,2,'Write the moving-home checklist page',8,'2026-02-18',3.0,'done','',NULL,'2025-12-25','2026-02-19',1);
INSERT INTO task VALUES(20,2,'Merge the move-out and move-in forms into one flow',3,'2026-03-02',3.0,'done','',NULL,'2025-12-25','2026-02-28',1);
INSERT INTO task VALUES(21,2,'Prefill known details for logged-in customers',7,'2026-03-14',8.0,'done','',NULL,'2025-12-25','2026-03-14',1);
INSERT INTO task VALUES(22,2,'Add address lookup with meter-point matching',18,'2026-03-26',1.0,'done','',NULL,'2025-12-25','2026-03-28',1);
INSERT INTO task VALUES(23,2,'Write confirmation e-mail and text templates',11,'2026-04-07',3.0,'done','',NULL,'2025-12-25','2026-04-12',1);
INSERT INTO task VALUES(24,2,'Let joint account holders confirm a move online',14,'2026-04-19',4.0,'doing','',NULL,'2025-12-25',NULL,1);
INSERT INTO task VALUES(25,2,'Fix meter photo upload on mobile browsers',17,'2026-05-01',10.0,'done','',NULL,'2025-12-25','2026-05-06',1);
INSERT INTO task VALUES(26,2,'Run usability test with 8 customers',12,'2026-05-13',10.0,'done','',NULL,'2025-12-25','2026-05-15',1);
INSERT INTO task VALUES(27,2,'Connect the form to the billing move workflow',2,'2026-05-25',2.0,'done','',NULL,'2025-12-25','2026-05-23',1);
INSERT INTO task VALUES(28,2,'Track form drop-off by step',12,'2026-06-06',10.0,'done','',NULL,'2025-12-25','2026-06-05',1);
INSERT INTO task VALUES(29,2,'Brief call-centre advisors on the new flow',10,'2026-06-18',8.0,'done','',NULL,'2025-12-25','2026-06-23',1);
INSERT INTO task VALUES(30,2,'Release to 10% of visitors and compare completion rates',2,'2026-06-30',6.0,'done','',NULL,'2025-12-25','2026-06-26',1);
CREATE TABLE task_transfer (
    id INTEGER PRIMARY KEY,
    task_id BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    from_person_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    to_person_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE TABLE governance_body (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other',
    purpose TEXT NOT NULL DEFAULT '',
    chair_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    cadence TEXT NOT NULL DEFAULT 'monthly',
    next_meeting TEXT,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO governance_body VALUES(1,'Steering committee','steering','Keeps the program inside the strategy',2,'monthly','2026-12-01',1);
INSERT INTO governance_body VALUES(2,'Change board','change_board','Decides new requests once a month',1,'monthly','2026-12-08',1);
INSERT INTO governance_body VALUES(3,'Customer-advocacy council','advocacy','Brings the customer''s voice to decisions',3,'bimonthly','2027-01-01',1);
INSERT INTO governance_body VALUES(4,'Ambassadors network','ambassadors','Carries the CX culture in every team',1,'monthly','2026-11-21',1);
CREATE TABLE body_member (
    body_id BIGINT NOT NULL REFERENCES governance_body (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member',
    PRIMARY KEY (body_id, person_id)
);
CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    body_id BIGINT REFERENCES governance_body (id) ON DELETE SET NULL,
    held_on TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned',
    version BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE meeting_attendee (
    meeting_id BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, person_id)
);
CREATE TABLE change_request (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'internal',
    submitter_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    submitted_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'submitted',
    urgency INTEGER NOT NULL DEFAULT 0,
    est_benefit DOUBLE PRECISION,
    est_cost DOUBLE PRECISION,
    est_effort_days DOUBLE PRECISION,
    session_id BIGINT REFERENCES meeting (id) ON DELETE SET NULL,
    decision TEXT,
    decision_reason TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 0,
    deadline TEXT,
    resources TEXT NOT NULL DEFAULT '',
    initiative_id BIGINT REFERENCES initiative (id) ON DELETE SET NULL,
    bin_id BIGINT REFERENCES project_bin (id) ON DELETE SET NULL,
    decided_on TEXT,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO change_request VALUES(1,'CR-001','New regulatory limit on back-billing','The regulator will limit back-billing to 12 months from next April. Final-bill and estimated-read initiatives must be reviewed against the new rule.','regulation',15,'2026-10-26','submitted',3,5.0,74000.0,8.0,NULL,NULL,'',0,NULL,'',NULL,NULL,NULL,1);
INSERT INTO change_request VALUES(2,'CR-002','Competitor launches a next-day switching guarantee','A main competitor now promises that movers are fully set up the next day. Consider bringing the move-in target forward.','market',13,'2026-10-25','submitted',3,3.0,174000.0,27.0,NULL,NULL,'',0,NULL,'',NULL,NULL,NULL,1);
INSERT INTO change_request VALUES(3,'CR-003','Billing and collections teams merge','The two teams merge into one Billing & payments department in the autumn. Owners of payment-support tasks need to be reassigned.','organisation',17,'2026-10-07','submitted',2,3.0,34000.0,76.0,NULL,NULL,'',0,NULL,'',NULL,NULL,NULL,1);
INSERT INTO change_request VALUES(4,'CR-004','Winter spike in complaints about direct-debit increases','January VoC shows direct-debit increases as the top reason for detractors. Request to move the direct-debit cap into the bills project.','voc',12,'2026-09-12','submitted',2,5.0,124000.0,120.0,NULL,NULL,'',0,NULL,'',NULL,NULL,NULL,1);
INSERT INTO change_request VALUES(5,'CR-005','CRM upgrade brought forward by the IT roadmap','The CRM vendor ends support for the current version next year. The upgrade overlaps with the one-contact resolution pilot.','internal',18,'2026-10-01','submitted',3,1.0,57000.0,95.0,NULL,NULL,'',0,NULL,'',NULL,NULL,NULL,1);
INSERT INTO change_request VALUES(6,'CR-006','Extend outage alerts to gas supply interruptions','Customers affected by gas works asked why they received no warning. Request to include gas interruptions in the alerts scope.','voc',14,'2026-09-20','submitted',1,5.0,157000.0,103.0,NULL,NULL,'',0,NULL,'',NULL,NULL,NULL,1);
CREATE TABLE kpi (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    target DOUBLE PRECISION,
    direction TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down')),
    owner_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
    stage_id BIGINT REFERENCES journey_stage (id) ON DELETE SET NULL,
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO kpi VALUES(1,'Net Promoter Score','points',25.0,'up',21,NULL,1);
INSERT INTO kpi VALUES(2,'First-contact resolution','%',80.0,'up',8,NULL,1);
INSERT INTO kpi VALUES(3,'Average handling time','minutes',8.5,'down',14,NULL,1);
INSERT INTO kpi VALUES(4,'Billing complaints per 1,000 customers','per 1,000 customers',4.0,'down',6,NULL,1);
INSERT INTO kpi VALUES(5,'Digital self-service rate','%',65.0,'up',22,NULL,1);
INSERT INTO kpi VALUES(6,'Move-in completion time','days',3.0,'down',11,NULL,1);
CREATE TABLE kpi_measurement (
    id INTEGER PRIMARY KEY,
    kpi_id BIGINT NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL
);
INSERT INTO kpi_measurement VALUES(1,1,'2025-12-01',2.8500000000000000888);
INSERT INTO kpi_measurement VALUES(2,1,'2026-01-01',4.5400000000000000355);
INSERT INTO kpi_measurement VALUES(3,1,'2026-02-01',5.7300000000000004263);
INSERT INTO kpi_measurement VALUES(4,1,'2026-03-01',6.9599999999999999644);
INSERT INTO kpi_measurement VALUES(5,1,'2026-04-01',6.5499999999999998223);
INSERT INTO kpi_measurement VALUES(6,1,'2026-05-01',8.080000000000000071);
INSERT INTO kpi_measurement VALUES(7,1,'2026-06-01',9.2200000000000006394);
INSERT INTO kpi_measurement VALUES(8,1,'2026-07-01',9.0299999999999993605);
INSERT INTO kpi_measurement VALUES(9,1,'2026-08-01',11.109999999999999431);
INSERT INTO kpi_measurement VALUES(10,1,'2026-09-01',10.869999999999999217);
INSERT INTO kpi_measurement VALUES(11,1,'2026-10-01',11.77999999999999936);
INSERT INTO kpi_measurement VALUES(12,1,'2026-11-01',11.660000000000000141);
CREATE TABLE voc_record (
    id INTEGER PRIMARY KEY,
    recorded_on TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    stage_id BIGINT REFERENCES journey_stage (id) ON DELETE SET NULL,
    metric TEXT NOT NULL CHECK (metric IN ('nps', 'csat', 'ces')),
    score DOUBLE PRECISION NOT NULL,
    verbatim TEXT NOT NULL DEFAULT ''
);
INSERT INTO voc_record VALUES(1,'2026-09-10','E-mail',7,'csat',3.0,'The website kept crashing when I tried to upload my meter photo.');
INSERT INTO voc_record VALUES(2,'2026-01-05','E-mail',8,'ces',7.0,'Your opening hours are useless when you work full time.');
INSERT INTO voc_record VALUES(3,'2026-01-13','Web survey',6,'csat',3.0,'My direct debit went up by forty percent with no explanation.');
INSERT INTO voc_record VALUES(4,'2026-01-18','E-mail',8,'ces',3.0,'');
INSERT INTO voc_record VALUES(5,'2025-11-01','Call centre',3,'nps',5.0,'');
INSERT INTO voc_record VALUES(6,'2026-03-24','Field visit',10,'csat',3.0,'');
INSERT INTO voc_record VALUES(7,'2026-04-05','Web survey',9,'csat',5.0,'');
INSERT INTO voc_record VALUES(8,'2025-11-13','E-mail',5,'csat',1.0,'');
INSERT INTO voc_record VALUES(9,'2026-08-10','Call centre',2,'csat',4.0,'');
INSERT INTO voc_record VALUES(10,'2026-03-30','Web survey',2,'csat',1.0,'I told you I was moving twice and still got billed for the old flat.');
INSERT INTO voc_record VALUES(11,'2026-04-09','Field visit',10,'nps',1.0,'Your opening hours are useless when you work full time.');
INSERT INTO voc_record VALUES(12,'2026-01-20','Call centre',8,'nps',0.0,'I had to explain my problem three times to three different people.');
INSERT INTO voc_record VALUES(13,'2025-12-02','Web survey',10,'csat',4.0,'');
INSERT INTO voc_record VALUES(14,'2025-12-30','Web survey',8,'ces',6.0,'I missed a payment because my direct debit didn’t move with me.');
INSERT INTO voc_record VALUES(15,'2025-11-01','Web survey',11,'ces',2.0,'');
INSERT INTO voc_record VALUES(16,'2026-10-25','Web survey',3,'nps',3.0,'');
INSERT INTO voc_record VALUES(17,'2026-05-10','Mobile app',10,'nps',2.0,'I told you I was moving twice and still got billed for the old flat.');
INSERT INTO voc_record VALUES(18,'2026-04-10','Call centre',10,'nps',1.0,'');
INSERT INTO voc_record VALUES(19,'2026-10-03','E-mail',6,'nps',10.0,'');
INSERT INTO voc_record VALUES(20,'2026-03-09','Web survey',2,'ces',4.0,'');
CREATE TABLE maturity_assessment (
    id INTEGER PRIMARY KEY,
    assessed_on TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 1
);
INSERT INTO maturity_assessment VALUES(1,'2025-11-01','',1);
INSERT INTO maturity_assessment VALUES(2,'2026-11-01','',1);
CREATE TABLE maturity_score (
    assessment_id BIGINT NOT NULL REFERENCES maturity_assessment (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (assessment_id, dimension)
);
INSERT INTO maturity_score VALUES(1,'strategy',3);
INSERT INTO maturity_score VALUES(2,'strategy',5);
INSERT INTO maturity_score VALUES(1,'customer_understanding',1);
INSERT INTO maturity_score VALUES(2,'customer_understanding',1);
INSERT INTO maturity_score VALUES(1,'design',2);
INSERT INTO maturity_score VALUES(2,'design',2);
INSERT INTO maturity_score VALUES(1,'measurement',1);
INSERT INTO maturity_score VALUES(2,'measurement',1);
INSERT INTO maturity_score VALUES(1,'governance',1);
INSERT INTO maturity_score VALUES(2,'governance',1);
INSERT INTO maturity_score VALUES(1,'culture',2);
INSERT INTO maturity_score VALUES(2,'culture',3);
CREATE TABLE raci (
    id INTEGER PRIMARY KEY,
    bin_id BIGINT REFERENCES project_bin (id) ON DELETE CASCADE,
    initiative_id BIGINT REFERENCES initiative (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('R', 'A', 'C', 'I')),
    version BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL,
    entity_id BIGINT,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE UNIQUE INDEX functional_domain_name ON functional_domain (lower(name));
CREATE UNIQUE INDEX project_bin_code ON project_bin (lower(code));
CREATE UNIQUE INDEX initiative_code ON initiative (lower(code));
CREATE INDEX initiative_bin ON initiative (bin_id);
CREATE INDEX initiative_score_initiative ON initiative_score (initiative_id);
CREATE INDEX task_bin ON task (bin_id);
CREATE INDEX task_owner ON task (owner_id);
CREATE UNIQUE INDEX change_request_code ON change_request (lower(code));
CREATE INDEX kpi_measurement_kpi ON kpi_measurement (kpi_id, measured_on);
CREATE INDEX voc_record_metric_date ON voc_record (metric, recorded_on);
CREATE INDEX voc_record_stage ON voc_record (stage_id);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
PRAGMA user_version = 1;
PRAGMA application_id = 1414089804;
COMMIT;
