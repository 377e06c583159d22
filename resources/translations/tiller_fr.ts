<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BinEdits</name>
    <message>
        <source>Take %1 out of its bin</source>
        <translation>Retrait de %1 de son bac</translation>
    </message>
    <message numerus="yes">
        <source>Take %n initiatives out of their bins</source>
        <translation>
            <numerusform>Retrait de %n initiative de son bac</numerusform>
            <numerusform>Retrait de %n initiatives de leurs bacs</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacement de %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n initiatives to %1</source>
        <translation>
            <numerusform>Déplacement de %n initiative vers %1</numerusform>
            <numerusform>Déplacement de %n initiatives vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardEdits</name>
    <message>
        <source>Change board of %1</source>
        <translation>Comité de changement du %1</translation>
    </message>
    <message>
        <source>%1 “%2” was returned to you for more information: %3</source>
        <translation>%1 «&#xa0;%2&#xa0;» vous est renvoyée pour complément d’information&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 “%2” was not qualified: %3</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’a pas été qualifiée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Priority %1.</source>
        <translation>Priorité %1.</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Échéance&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 “%2” was approved by the change board of %3.%4</source>
        <translation>%1 «&#xa0;%2&#xa0;» a été approuvée par le comité de changement du %3.%4</translation>
    </message>
    <message>
        <source>It joins %1.</source>
        <translation>Elle rejoint %1.</translation>
    </message>
    <message>
        <source>%1 “%2” was deferred by the change board to %3.%4</source>
        <translation>%1 «&#xa0;%2&#xa0;» a été reportée par le comité de changement au %3.%4</translation>
    </message>
    <message>
        <source>%1 “%2” was rejected by the change board: %3</source>
        <translation>%1 «&#xa0;%2&#xa0;» a été rejetée par le comité de changement&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>BoardReport</name>
    <message>
        <source>Change board — agenda</source>
        <translation>Comité de changement — ordre du jour</translation>
    </message>
    <message>
        <source>Change board — minutes</source>
        <translation>Comité de changement — procès-verbal</translation>
    </message>
    <message>
        <source>Draft: the session is still open.</source>
        <translation>Brouillon&#xa0;: la séance est encore ouverte.</translation>
    </message>
    <message>
        <source>Extra session this month: %1</source>
        <translation>Séance supplémentaire ce mois-ci&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>Invités&#xa0;:</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Présents&#xa0;:</translation>
    </message>
    <message>
        <source>(nobody recorded)</source>
        <translation>(personne d’inscrit)</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Cadre stratégique</translation>
    </message>
    <message>
        <source>%1 envelope: %2 · committed: %3 · remaining: %4</source>
        <translation>Enveloppe %1&#xa0;: %2 · engagé&#xa0;: %3 · reste&#xa0;: %4</translation>
    </message>
    <message>
        <source>No budget envelope set for %1.</source>
        <translation>Aucune enveloppe budgétaire fixée pour %1.</translation>
    </message>
    <message>
        <source>Within the guardrails.</source>
        <translation>Dans le cadre stratégique.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to decide</source>
        <translation>
            <numerusform>%n demande à décider</numerusform>
            <numerusform>%n demandes à décider</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing qualified since the last session.</source>
        <translation>Rien de qualifié depuis la dernière séance.</translation>
    </message>
    <message>
        <source>%1 · submitted by %2 on %3 · urgency: %4</source>
        <translation>%1 · déposée par %2 le %3 · urgence&#xa0;: %4</translation>
    </message>
    <message>
        <source>Domain: %1 · pillar: %2 · benefit: %3 · cost: %4 · effort: %5 person-days</source>
        <translation>Domaine&#xa0;: %1 · pilier&#xa0;: %2 · bénéfice&#xa0;: %3 · coût&#xa0;: %4 · effort&#xa0;: %5 jours-personne</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Éléments&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>resources: %1</source>
        <translation>ressources&#xa0;: %1</translation>
    </message>
    <message>
        <source>became %1 in %2</source>
        <translation>devenue %1 dans %2</translation>
    </message>
    <message>
        <source>became %1</source>
        <translation>devenue %1</translation>
    </message>
    <message>
        <source>back on %1</source>
        <translation>de retour le %1</translation>
    </message>
    <message>
        <source>Carried over to the next session</source>
        <translation>Reporté à la prochaine séance</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>La séance n’existe plus.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>%1 · %2 · printed %3</source>
        <translation>%1 · %2 · imprimé le %3</translation>
    </message>
    <message>
        <source>Export Agenda</source>
        <translation>Exporter l’ordre du jour</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
    <message>
        <source>change board %1 agenda.pdf</source>
        <translation>comité de changement %1 ordre du jour.pdf</translation>
    </message>
    <message>
        <source>change board %1 minutes.pdf</source>
        <translation>comité de changement %1 procès-verbal.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Bin: %1 %2</source>
        <translation>Bac&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Phase of %1 %2</source>
        <translation>Phase de %1 %2</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Decisions: %1</source>
        <translation>Décisions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Participants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
</context>
<context>
    <name>CharterEdits</name>
    <message>
        <source>Customer KPI measured before and after</source>
        <translation>KPI client mesuré avant et après</translation>
    </message>
    <message>
        <source>Owner and sponsor sign off</source>
        <translation>Validation par le responsable et le sponsor</translation>
    </message>
    <message>
        <source>Support teams trained</source>
        <translation>Équipes support formées</translation>
    </message>
    <message>
        <source>Customers told what changed</source>
        <translation>Clients informés de ce qui a changé</translation>
    </message>
    <message>
        <source>Discovery and design</source>
        <translation>Découverte et conception</translation>
    </message>
    <message>
        <source>Build and pilot</source>
        <translation>Réalisation et pilote</translation>
    </message>
    <message>
        <source>Roll-out and handover</source>
        <translation>Déploiement et passation</translation>
    </message>
    <message>
        <source>What will be different for customers when this is done? What will the teams do differently?</source>
        <translation>Qu’est-ce qui changera pour les clients une fois le projet terminé&#xa0;? Que feront les équipes différemment&#xa0;?</translation>
    </message>
    <message>
        <source>Which benefits do we expect, and how will we see them (a customer KPI, a cost, a volume)?</source>
        <translation>Quels bénéfices attendons-nous, et comment les constaterons-nous (un KPI client, un coût, un volume)&#xa0;?</translation>
    </message>
    <message>
        <source>Which journeys, channels, products and customer segments are in?</source>
        <translation>Quels parcours, canaux, produits et segments de clientèle sont inclus&#xa0;?</translation>
    </message>
    <message>
        <source>What is explicitly left out, so nobody expects it?</source>
        <translation>Qu’est-ce qui est explicitement exclu, pour que personne ne l’attende&#xa0;?</translation>
    </message>
    <message>
        <source>What could stop us or slow us down, and what do we do about it?</source>
        <translation>Qu’est-ce qui pourrait nous arrêter ou nous ralentir, et comment y faisons-nous face&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CharterExport</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Pas encore rédigé.</translation>
    </message>
    <message>
        <source>Project charter</source>
        <translation>Charte de projet</translation>
    </message>
    <message>
        <source>Draft from the template: not saved yet.</source>
        <translation>Brouillon issu du modèle&#xa0;: pas encore enregistré.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Expected benefits</source>
        <translation>Bénéfices attendus</translation>
    </message>
    <message>
        <source>Scope in</source>
        <translation>Dans le périmètre</translation>
    </message>
    <message>
        <source>Scope out</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Definition of done</source>
        <translation>Définition de terminé</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Owner: %1 · Sponsor: %2</source>
        <translation>Responsable&#xa0;: %1 · Sponsor&#xa0;: %2</translation>
    </message>
    <message>
        <source>signature and date</source>
        <translation>signature et date</translation>
    </message>
    <message>
        <source>The bin no longer exists.</source>
        <translation>Le bac n’existe plus.</translation>
    </message>
    <message>
        <source>Charter of %1 — %2</source>
        <translation>Charte de %1 — %2</translation>
    </message>
    <message>
        <source>Charter of %1 — %2 · printed %3</source>
        <translation>Charte de %1 — %2 · imprimée le %3</translation>
    </message>
    <message>
        <source>Export Charter</source>
        <translation>Exporter la charte</translation>
    </message>
    <message>
        <source>%1 charter.pdf</source>
        <translation>Charte %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The portfolio to open (a file).</source>
        <translation>Le portefeuille à ouvrir (un fichier).</translation>
    </message>
    <message>
        <source>Language of the interface: en or fr.</source>
        <translation>Langue de l’interface&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <source>Also log to the terminal.</source>
        <translation>Écrire aussi le journal dans le terminal.</translation>
    </message>
    <message>
        <source>unknown command “%1” (see tiller --help)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (voir tiller --help)</translation>
    </message>
    <message>
        <source>unknown language “%1” (use en or fr)</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;» (utilisez en ou fr)</translation>
    </message>
    <message>
        <source>can&apos;t create the default portfolio at %1</source>
        <translation>impossible de créer le portefeuille par défaut dans %1</translation>
    </message>
    <message>
        <source>Welcome! This is a sample CX program to explore. File ▸ New Portfolio starts your own.</source>
        <translation>Bienvenue&#xa0;! Voici un programme CX d’exemple à explorer. Fichier ▸ Nouveau portefeuille crée le vôtre.</translation>
    </message>
    <message>
        <source>--%1 is required (see tiller %2 --help)</source>
        <translation>--%1 est obligatoire (voir tiller %2 --help)</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The portfolio (a file).</source>
        <translation>Le portefeuille (un fichier).</translation>
    </message>
    <message>
        <source>Create a demo portfolio: the sample program (small) or test volumes.</source>
        <translation>Créer un portefeuille de démonstration&#xa0;: le programme d’exemple (small) ou des volumes de test.</translation>
    </message>
    <message>
        <source>small, large or huge (default small).</source>
        <translation>small, large ou huge (small par défaut).</translation>
    </message>
    <message>
        <source>Random seed (default 1): the same seed gives the same program.</source>
        <translation>Graine aléatoire (1 par défaut)&#xa0;: une même graine donne le même programme.</translation>
    </message>
    <message>
        <source>unknown size “%1” (use small, large or huge)</source>
        <translation>taille inconnue «&#xa0;%1&#xa0;» (utilisez small, large ou huge)</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”</source>
        <translation>--seed attend un nombre entier, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 already exists; demo writes a new portfolio (choose another file)</source>
        <translation>%1 existe déjà&#xa0;; demo écrit un nouveau portefeuille (choisissez un autre fichier)</translation>
    </message>
    <message>
        <source>Created %1 in %2 s: %3 initiatives, %4 bins, %5 dependencies, %6 tasks, %7 people, %8 change requests, %9 ballots, %10 VoC records, %11 KPI measurements.</source>
        <translation>Portefeuille %1 créé en %2&#xa0;s&#xa0;: %3 initiatives, %4 bacs à projets, %5 dépendances, %6 tâches, %7 personnes, %8 demandes de changement, %9 bulletins de vote, %10 relevés Voix du Client, %11 mesures de KPI.</translation>
    </message>
    <message>
        <source>Check a portfolio: SQLite integrity, references and the program&apos;s rules.</source>
        <translation>Vérifier un portefeuille&#xa0;: intégrité SQLite, références et règles du programme.</translation>
    </message>
    <message>
        <source>Portfolio %1 (schema %2): %3 initiatives, %4 bins, %5 tasks.</source>
        <translation>Portefeuille %1 (schéma %2)&#xa0;: %3 initiatives, %4 bacs à projets, %5 tâches.</translation>
    </message>
    <message>
        <source>integrity_check: ok</source>
        <translation>integrity_check&#xa0;: ok</translation>
    </message>
    <message numerus="yes">
        <source>integrity_check: %n problem(s)</source>
        <translation>
            <numerusform>integrity_check&#xa0;: %n problème</numerusform>
            <numerusform>integrity_check&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>foreign_key_check: ok</source>
        <translation>foreign_key_check&#xa0;: ok</translation>
    </message>
    <message numerus="yes">
        <source>foreign_key_check: %n broken reference(s)</source>
        <translation>
            <numerusform>foreign_key_check&#xa0;: %n référence rompue</numerusform>
            <numerusform>foreign_key_check&#xa0;: %n références rompues</numerusform>
        </translation>
    </message>
    <message>
        <source>invariants: ok</source>
        <translation>invariants&#xa0;: ok</translation>
    </message>
    <message numerus="yes">
        <source>invariants: %n violation(s)</source>
        <translation>
            <numerusform>invariants&#xa0;: %n violation</numerusform>
            <numerusform>invariants&#xa0;: %n violations</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation>PROBLÈMES DÉTECTÉS</translation>
    </message>
    <message>
        <source>Copy a portfolio safely, even while the app has it open.</source>
        <translation>Copier un portefeuille en toute sécurité, même s’il est ouvert dans l’application.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Le fichier de copie de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>--out must differ from --db</source>
        <translation>--out doit être différent de --db</translation>
    </message>
    <message>
        <source>%1 exists and is not a Tiller portfolio; not overwriting it</source>
        <translation>%1 existe et n’est pas un portefeuille Tiller&#xa0;; il n’est pas écrasé</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KB).</source>
        <translation>Copie de sauvegarde de %1 écrite dans %2 (%3&#xa0;Ko).</translation>
    </message>
    <message>
        <source>Render a view of the app to a PNG, without a display.</source>
        <translation>Enregistrer une vue de l’application dans un fichier PNG, sans affichage.</translation>
    </message>
    <message>
        <source>The view: %1.</source>
        <translation>La vue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Le fichier PNG à écrire.</translation>
    </message>
    <message>
        <source>Window size (default 1280x800).</source>
        <translation>Taille de la fenêtre (1280x800 par défaut).</translation>
    </message>
    <message>
        <source>Language: en or fr.</source>
        <translation>Langue&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <source>unknown view “%1” (views: %2)</source>
        <translation>vue inconnue «&#xa0;%1&#xa0;» (vues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1280x800 (at most 8000x8000)</source>
        <translation>--size attend LARGEURxHAUTEUR en pixels, par ex. 1280x800 (au plus 8000x8000)</translation>
    </message>
    <message>
        <source>can&apos;t write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation>Fichier %1 écrit (%2×%3).</translation>
    </message>
    <message>
        <source>Colours: light (default) or dark, to check both themes.</source>
        <translation>Couleurs&#xa0;: light (clair, par défaut) ou dark (sombre), pour vérifier les deux thèmes.</translation>
    </message>
    <message>
        <source>unknown palette “%1” (use light or dark)</source>
        <translation>palette inconnue «&#xa0;%1&#xa0;» (utilisez light ou dark)</translation>
    </message>
    <message numerus="yes">
        <source>duplicate bin code “%1” (%n bins)</source>
        <translation>
            <numerusform>code de bac en double «&#xa0;%1&#xa0;» (%n bac)</numerusform>
            <numerusform>code de bac en double «&#xa0;%1&#xa0;» (%n bacs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicate change request code “%1” (%n requests)</source>
        <translation>
            <numerusform>code de demande de changement en double «&#xa0;%1&#xa0;» (%n demande)</numerusform>
            <numerusform>code de demande de changement en double «&#xa0;%1&#xa0;» (%n demandes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicate initiative code “%1” (%n initiatives)</source>
        <translation>
            <numerusform>code d’initiative en double «&#xa0;%1&#xa0;» (%n initiative)</numerusform>
            <numerusform>code d’initiative en double «&#xa0;%1&#xa0;» (%n initiatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>dependency cycle between bins (ids): %1</source>
        <translation>cycle de dépendances entre bacs (identifiants)&#xa0;: %1</translation>
    </message>
    <message>
        <source>bin ends before it starts: %1</source>
        <translation>bac terminé avant d’avoir commencé&#xa0;: %1</translation>
    </message>
    <message>
        <source>task completed before it was created: %1</source>
        <translation>tâche terminée avant d’avoir été créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>charter phase ends before it starts: %1</source>
        <translation>phase de charte terminée avant d’avoir commencé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown format “%1” (use text or json)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (utilisez text ou json)</translation>
    </message>
    <message>
        <source>can&apos;t read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; at most 64 MB)</source>
        <translation>%1 est trop volumineux (%2 Mo&#xa0;; 64 Mo au plus)</translation>
    </message>
    <message>
        <source>the first line must be the header “count,ranking”</source>
        <translation>la première ligne doit être l’en-tête «&#xa0;count,ranking&#xa0;»</translation>
    </message>
    <message>
        <source>the count must be a whole number</source>
        <translation>le nombre doit être un entier</translation>
    </message>
    <message>
        <source>the count must be at least 1</source>
        <translation>le nombre doit valoir au moins 1</translation>
    </message>
    <message>
        <source>the ranking is empty</source>
        <translation>le classement est vide</translation>
    </message>
    <message>
        <source>can&apos;t read the ranking (write it like “A &gt; B = C &gt; D”)</source>
        <translation>classement illisible (écrivez-le comme «&#xa0;A &gt; B = C &gt; D&#xa0;»)</translation>
    </message>
    <message>
        <source>a candidate appears twice</source>
        <translation>un candidat apparaît deux fois</translation>
    </message>
    <message>
        <source>malformed CSV (two fields expected: count and ranking)</source>
        <translation>CSV mal formé (deux champs attendus&#xa0;: nombre et classement)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>ligne %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>cell (%1, %2)</source>
        <translation>cellule (%1, %2)</translation>
    </message>
    <message>
        <source>the matrix is empty</source>
        <translation>la matrice est vide</translation>
    </message>
    <message>
        <source>the matrix is not square (%1)</source>
        <translation>la matrice n’est pas carrée (%1)</translation>
    </message>
    <message>
        <source>row and column names differ: “%1” against “%2”</source>
        <translation>les noms des lignes et des colonnes diffèrent&#xa0;: «&#xa0;%1&#xa0;» contre «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number or a fraction like 1/3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est ni un nombre ni une fraction comme 1/3</translation>
    </message>
    <message>
        <source>%1: “%2” must be positive</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être positif</translation>
    </message>
    <message>
        <source>%1: a criterion compared with itself must be 1, not %2</source>
        <translation>%1&#xa0;: un critère comparé à lui-même doit valoir 1, pas %2</translation>
    </message>
    <message>
        <source>%1: %2 is not the reciprocal of %3 in cell (%4, %5)</source>
        <translation>%1&#xa0;: %2 n’est pas l’inverse de %3 dans la cellule (%4, %5)</translation>
    </message>
    <message>
        <source>at most %1 criteria can be compared</source>
        <translation>%1 critères au plus peuvent être comparés</translation>
    </message>
    <message>
        <source>the name “%1” appears twice</source>
        <translation>le nom «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>criterion %1 has no name</source>
        <translation>le critère %1 n’a pas de nom</translation>
    </message>
    <message>
        <source>Aggregate stakeholders&apos; rankings into one order.

FILE.csv has the header count,ranking; each row is a number of identical ballots and a ranking like &quot;A &gt; B = C &gt; D&quot; (&gt; preferred, = tied).</source>
        <translation>Agréger les classements des parties prenantes en un seul ordre.

FILE.csv a l’en-tête count,ranking&#xa0;; chaque ligne donne un nombre de bulletins identiques et un classement comme &quot;A &gt; B = C &gt; D&quot; (&gt; préféré, = ex æquo).</translation>
    </message>
    <message>
        <source>The ballots (CSV).</source>
        <translation>Les bulletins (CSV).</translation>
    </message>
    <message>
        <source>schulze (default), borda, copeland, kemeny or irv.</source>
        <translation>schulze (par défaut), borda, copeland, kemeny ou irv.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>unknown method “%1” (use schulze, borda, copeland, kemeny or irv)</source>
        <translation>méthode inconnue «&#xa0;%1&#xa0;» (utilisez schulze, borda, copeland, kemeny ou irv)</translation>
    </message>
    <message>
        <source>%1: no ballots to count</source>
        <translation>%1&#xa0;: aucun bulletin à compter</translation>
    </message>
    <message>
        <source>Kemeny–Young is computed exactly for at most %1 candidates; use schulze for more</source>
        <translation>Kemeny–Young n’est calculé exactement que pour %1 candidats au plus&#xa0;; utilisez schulze au-delà</translation>
    </message>
    <message>
        <source>Criteria weights from a pairwise comparison matrix (AHP).

FILE.csv is square: the first row and column hold the names; cells are numbers or fractions like 1/3.</source>
        <translation>Poids des critères à partir d’une matrice de comparaisons par paires (AHP).

FILE.csv est carré&#xa0;: la première ligne et la première colonne portent les noms&#xa0;; les cellules sont des nombres ou des fractions comme 1/3.</translation>
    </message>
    <message>
        <source>The comparison matrix (CSV).</source>
        <translation>La matrice de comparaisons (CSV).</translation>
    </message>
    <message>
        <source>lambda_max %1, CI %2, CR %3</source>
        <translation>lambda_max %1, IC %2, RC %3</translation>
    </message>
    <message>
        <source>tiller: warning: the comparisons are inconsistent (CR %1 &gt; 0.10); revisit them before using these weights</source>
        <translation>tiller&#xa0;: attention&#xa0;: les comparaisons sont incohérentes (RC %1 &gt; 0,10)&#xa0;; revoyez-les avant d’utiliser ces poids</translation>
    </message>
    <message>
        <source>%1 is read-only: %2</source>
        <translation>%1 est en lecture seule&#xa0;: %2</translation>
    </message>
    <message>
        <source>can&apos;t create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Queue each person&apos;s digest in the outbox (sent by tiller mail send): their unread notifications of the period and their tasks overdue or due within 7 days. Today&apos;s deadline notices are raised first.</source>
        <translation>Placer le récapitulatif de chaque personne dans la boîte d’envoi (envoyé par tiller mail send)&#xa0;: ses notifications non lues de la période et ses tâches en retard ou arrivant à échéance dans les 7 jours. Les notifications d’échéance du jour sont d’abord générées.</translation>
    </message>
    <message>
        <source>daily (default) or weekly: the digest of the people who chose that period.</source>
        <translation>daily (par défaut) ou weekly&#xa0;: le récapitulatif des personnes qui ont choisi cette période.</translation>
    </message>
    <message>
        <source>Also write each digest as an .eml file in this folder.</source>
        <translation>Écrire aussi chaque récapitulatif sous forme de fichier .eml dans ce dossier.</translation>
    </message>
    <message>
        <source>Sender address (default: the mail settings&apos;).</source>
        <translation>Adresse de l’expéditeur (par défaut&#xa0;: celle des paramètres de messagerie).</translation>
    </message>
    <message>
        <source>unknown period “%1” (use daily or weekly)</source>
        <translation>période inconnue «&#xa0;%1&#xa0;» (utilisez daily ou weekly)</translation>
    </message>
    <message>
        <source>no sender address: pass --from or set mail/from in the settings</source>
        <translation>aucune adresse d’expéditeur&#xa0;: passez --from ou définissez mail/from dans les paramètres</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>can&apos;t write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n digest(s) in the outbox</source>
        <translation>
            <numerusform>%n récapitulatif placé dans la boîte d’envoi</numerusform>
            <numerusform>%n récapitulatifs placés dans la boîte d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already queued today)</source>
        <translation>
            <numerusform> (%n déjà placé aujourd’hui)</numerusform>
            <numerusform> (%n déjà placés aujourd’hui)</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail address, skipped: %1.</source>
        <translation>Personnes sans adresse e-mail, ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Send the outbox over SMTP (after queuing instant mails for the kinds chosen in the settings). A failed mail stays in the outbox and is tried again next time. The password comes from TILLER_SMTP_PASSWORD or ~/.config/Tiller/smtp-password (mode 0600).</source>
        <translation>Envoyer le contenu de la boîte d’envoi par SMTP (après y avoir placé les messages immédiats des types choisis dans les paramètres). Un message en échec reste dans la boîte d’envoi et sera réessayé la fois suivante. Le mot de passe provient de TILLER_SMTP_PASSWORD ou de ~/.config/Tiller/smtp-password (mode 0600).</translation>
    </message>
    <message>
        <source>SMTP server (default: the settings&apos;).</source>
        <translation>Serveur SMTP (par défaut&#xa0;: celui des paramètres).</translation>
    </message>
    <message>
        <source>SMTP port (default: the settings&apos;, or the security&apos;s usual port).</source>
        <translation>Port SMTP (par défaut&#xa0;: celui des paramètres, ou le port habituel du mode de sécurité).</translation>
    </message>
    <message>
        <source>none, starttls or tls.</source>
        <translation>none, starttls ou tls.</translation>
    </message>
    <message>
        <source>User name (empty: no authentication).</source>
        <translation>Nom d’utilisateur (vide&#xa0;: pas d’authentification).</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Adresse de l’expéditeur.</translation>
    </message>
    <message>
        <source>unknown security “%1” (use none, starttls or tls)</source>
        <translation>mode de sécurité inconnu «&#xa0;%1&#xa0;» (utilisez none, starttls ou tls)</translation>
    </message>
    <message>
        <source>--smtp-port takes a port number (1–65535), not “%1”</source>
        <translation>--smtp-port attend un numéro de port (1–65535), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no SMTP server: pass --smtp-host or set mail/host in the settings</source>
        <translation>aucun serveur SMTP&#xa0;: passez --smtp-host ou définissez mail/host dans les paramètres</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n mail(s)</source>
        <translation>
            <numerusform>%n message envoyé</numerusform>
            <numerusform>%n messages envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) not sent, kept in the outbox for the next run: %1</source>
        <translation>
            <numerusform>%n message non envoyé, conservé dans la boîte d’envoi pour la prochaine exécution&#xa0;: %1</numerusform>
            <numerusform>%n messages non envoyés, conservés dans la boîte d’envoi pour la prochaine exécution&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>List the outbox: every queued mail, sent or pending, with its attempts and last error.</source>
        <translation>Lister la boîte d’envoi&#xa0;: chaque message mis en file, envoyé ou en attente, avec ses tentatives et sa dernière erreur.</translation>
    </message>
    <message>
        <source>Also write each mail as an .eml file in this folder.</source>
        <translation>Écrire aussi chaque message sous forme de fichier .eml dans ce dossier.</translation>
    </message>
    <message>
        <source>Only the mails not sent yet.</source>
        <translation>Seulement les messages pas encore envoyés.</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyé le %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s): %1</source>
        <translation>
            <numerusform>%n tentative échouée&#xa0;: %1</numerusform>
            <numerusform>%n tentatives échouées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the portfolio. ics: task deadlines, charter phases and meetings as an iCalendar file for calendar apps.</source>
        <translation>Exporter le portefeuille. ics&#xa0;: échéances des tâches, phases des chartes et réunions dans un fichier iCalendar pour les applications d’agenda.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>The format: %1 (default ics).</source>
        <translation>Le format&#xa0;: %1 (ics par défaut).</translation>
    </message>
    <message>
        <source>unknown format “%1” (formats: %2)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (formats&#xa0;: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n event(s)).</source>
        <translation>
            <numerusform>Fichier %1 écrit (%n événement).</numerusform>
            <numerusform>Fichier %1 écrit (%n événements).</numerusform>
        </translation>
    </message>
    <message>
        <source>tiller mail digest|send|outbox --db LOCATION … (see tiller mail ACTION --help)</source>
        <translation>tiller mail digest|send|outbox --db LOCATION … (voir tiller mail ACTION --help)</translation>
    </message>
    <message>
        <source>mail needs an action: digest, send or outbox</source>
        <translation>mail attend une action&#xa0;: digest, send ou outbox</translation>
    </message>
    <message>
        <source>unknown mail action “%1” (use digest, send or outbox)</source>
        <translation>action mail inconnue «&#xa0;%1&#xa0;» (utilisez digest, send ou outbox)</translation>
    </message>
    <message>
        <source>Tiller runs a customer-experience program.

Commands (run headless): demo, check, backup, shot, report, rank, ahp, export, mail.
Without a command, the desktop app opens.</source>
        <translation>Tiller pilote un programme d’expérience client (CX).

Commandes (sans interface)&#xa0;: demo, check, backup, shot, report, rank, ahp, export, mail.
Sans commande, l’application de bureau s’ouvre.</translation>
    </message>
    <message>
        <source>Write the leaders&apos; monthly report as a PDF, without a display.</source>
        <translation>Écrire en PDF le rapport mensuel destiné à la direction, sans affichage.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>The month reported on (default: the last complete month).</source>
        <translation>Le mois couvert par le rapport (par défaut&#xa0;: le dernier mois complet).</translation>
    </message>
    <message>
        <source>--month takes a month as YYYY-MM, e.g. 2026-11 (got “%1”)</source>
        <translation>--month attend un mois au format AAAA-MM, par ex. 2026-11 (reçu «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %1 to %2 (%n page(s), %3 s).</source>
        <translation>
            <numerusform>Rapport de %1 écrit dans %2 (%n page, %3&#xa0;s).</numerusform>
            <numerusform>Rapport de %1 écrit dans %2 (%n pages, %3&#xa0;s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>NPS and CSAT by month</source>
        <translation>NPS et CSAT par mois</translation>
    </message>
    <message>
        <source>NPS (−100 to 100)</source>
        <translation>NPS (−100 à 100)</translation>
    </message>
    <message>
        <source>CSAT (% satisfied)</source>
        <translation>CSAT (% de satisfaits)</translation>
    </message>
    <message>
        <source>Bins delivered</source>
        <translation>Bacs livrés</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS by journey stage</source>
        <translation>NPS par étape du parcours</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(sans étape)</translation>
    </message>
    <message>
        <source>Project bins by status</source>
        <translation>Bacs à projets par statut</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>Bacs</translation>
    </message>
    <message>
        <source>Project bins by horizon</source>
        <translation>Bacs à projets par horizon</translation>
    </message>
    <message>
        <source>Tasks done per week</source>
        <translation>Tâches terminées par semaine</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Tâches terminées</translation>
    </message>
    <message>
        <source>Peak monthly load vs capacity per domain (person-days)</source>
        <translation>Charge mensuelle maximale et capacité par domaine (jours-personne)</translation>
    </message>
    <message>
        <source>Peak load</source>
        <translation>Charge maximale</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Semaine ISO</translation>
    </message>
    <message>
        <source>Progress against plan (bins under way, most behind first)</source>
        <translation>Avancement vs plan (bacs en cours, plus en retard d’abord)</translation>
    </message>
    <message>
        <source>Time gone</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Travail fait</translation>
    </message>
</context>
<context>
    <name>DashboardItems</name>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>done %1, no due date</source>
        <translation>terminée le %1, sans échéance</translation>
    </message>
    <message>
        <source>done %1, due %2: on time</source>
        <translation>terminée le %1, échéance le %2&#xa0;: dans les délais</translation>
    </message>
    <message>
        <source>done %1, due %2: late</source>
        <translation>terminée le %1, échéance le %2&#xa0;: en retard</translation>
    </message>
    <message>
        <source>due %1, reached %2: on time</source>
        <translation>échéance le %1, atteint le %2&#xa0;: dans les délais</translation>
    </message>
    <message>
        <source>due %1, reached %2: late</source>
        <translation>échéance le %1, atteint le %2&#xa0;: en retard</translation>
    </message>
    <message>
        <source>due %1, not reached</source>
        <translation>échéance le %1, non atteint</translation>
    </message>
    <message>
        <source>due %1, still to come</source>
        <translation>échéance le %1, à venir</translation>
    </message>
    <message>
        <source>Task done on time</source>
        <translation>Tâche terminée dans les délais</translation>
    </message>
    <message>
        <source>Weekly objective met</source>
        <translation>Objectif hebdomadaire atteint</translation>
    </message>
    <message>
        <source>Milestone reached on time</source>
        <translation>Jalon atteint dans les délais</translation>
    </message>
    <message>
        <source>Success celebrated</source>
        <translation>Succès célébré</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>Fiable</translation>
    </message>
    <message>
        <source>Objective keeper</source>
        <translation>Gardien des objectifs</translation>
    </message>
    <message>
        <source>Milestone maker</source>
        <translation>Bâtisseur de jalons</translation>
    </message>
    <message>
        <source>Celebrated</source>
        <translation>À l’honneur</translation>
    </message>
    <message>
        <source>%1 tasks done on time</source>
        <translation>%1 tâches terminées dans les délais</translation>
    </message>
    <message>
        <source>%1 weekly objectives met</source>
        <translation>%1 objectifs hebdomadaires atteints</translation>
    </message>
    <message>
        <source>a milestone reached on time</source>
        <translation>un jalon atteint dans les délais</translation>
    </message>
    <message>
        <source>%1 successes celebrated</source>
        <translation>%1 succès célébrés</translation>
    </message>
    <message>
        <source>Project bins: %1</source>
        <translation>Bacs à projets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tasks done in the period</source>
        <translation>Tâches terminées sur la période</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Blocked tasks</source>
        <translation>Tâches bloquées</translation>
    </message>
    <message>
        <source>Tasks done in week %1</source>
        <translation>Tâches terminées la semaine %1</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Tâches terminées</translation>
    </message>
    <message>
        <source>Work planned or under way in %1</source>
        <translation>Travail prévu ou en cours dans %1</translation>
    </message>
    <message>
        <source>Milestones due in the period</source>
        <translation>Jalons à échéance sur la période</translation>
    </message>
    <message>
        <source>Project bins under way against their plan</source>
        <translation>Bacs à projets en cours par rapport à leur plan</translation>
    </message>
    <message>
        <source>Decisions of the change board</source>
        <translation>Décisions du comité de changement</translation>
    </message>
    <message>
        <source>Successes of the period</source>
        <translation>Réussites de la période</translation>
    </message>
    <message>
        <source>Points of %1</source>
        <translation>Points de %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>bloquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 done, %2 of the time gone</source>
        <translation>travail fait&#xa0;: %1, temps écoulé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>celebrated %1 · %2</source>
        <translation>célébrée le %1 · %2</translation>
    </message>
    <message>
        <source>milestone reached %1 · %2</source>
        <translation>jalon atteint le %1 · %2</translation>
    </message>
    <message>
        <source>delivered %1 · %2</source>
        <translation>livré le %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n point(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n point</numerusform>
            <numerusform>%1 · %2 · %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>no stage</source>
        <translation>sans étape</translation>
    </message>
    <message>
        <source>%1 %2 on %3 · %4</source>
        <translation>%1 %2 le %3 · %4</translation>
    </message>
    <message>
        <source>What customers said at “%1” (the latest answers with a comment)</source>
        <translation>Ce que les clients ont dit à l’étape «&#xa0;%1&#xa0;» (les dernières réponses commentées)</translation>
    </message>
    <message>
        <source>What customers said in %1 (the latest answers with a comment)</source>
        <translation>Ce que les clients ont dit en %1 (les dernières réponses commentées)</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>Prioritisation round %1</source>
        <translation>Tour de priorisation %1</translation>
    </message>
    <message>
        <source>Discovery and design</source>
        <translation>Découverte et conception</translation>
    </message>
    <message>
        <source>Build and pilot</source>
        <translation>Réalisation et pilote</translation>
    </message>
    <message>
        <source>Roll-out and handover</source>
        <translation>Déploiement et passation</translation>
    </message>
    <message>
        <source>the Chief Executive</source>
        <translation>le directeur général</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Tasks handed over to you</source>
        <translation>Tâches qui vous ont été confiées</translation>
    </message>
    <message>
        <source>Blockers raised</source>
        <translation>Blocages signalés</translation>
    </message>
    <message>
        <source>Change requests decided</source>
        <translation>Demandes de changement tranchées</translation>
    </message>
    <message>
        <source>Voting rounds opened</source>
        <translation>Tours de vote ouverts</translation>
    </message>
    <message>
        <source>Voting rounds closing</source>
        <translation>Tours de vote bientôt clos</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>Here is your weekly digest of %1 for the week to %2.</source>
        <translation>Voici votre récapitulatif hebdomadaire de %1 pour la semaine jusqu’au %2.</translation>
    </message>
    <message>
        <source>Here is your daily digest of %1 for %2.</source>
        <translation>Voici votre récapitulatif quotidien de %1 pour le %2.</translation>
    </message>
    <message>
        <source>Your overdue tasks (%1)</source>
        <translation>Vos tâches en retard (%1)</translation>
    </message>
    <message>
        <source>Your tasks due in the next 7 days (%1)</source>
        <translation>Vos tâches à échéance dans les 7 prochains jours (%1)</translation>
    </message>
    <message>
        <source>Your weekly Tiller digest, week of %1</source>
        <translation>Votre récapitulatif hebdomadaire Tiller, semaine du %1</translation>
    </message>
    <message>
        <source>Your daily Tiller digest, %1</source>
        <translation>Votre récapitulatif quotidien Tiller du %1</translation>
    </message>
</context>
<context>
    <name>DuplicateList</name>
    <message>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4%)</source>
        <translation>%1 %2 (%3, %4&#xa0;%)</translation>
    </message>
    <message>
        <source>Nothing similar in the inventory or the requests.</source>
        <translation>Rien de semblable dans l’inventaire ni dans les demandes.</translation>
    </message>
</context>
<context>
    <name>GovernanceReport</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Governance master plan</source>
        <translation>Plan directeur de gouvernance</translation>
    </message>
    <message>
        <source>Printed on %1. The CX direction is led by %2 and reports to %3.</source>
        <translation>Imprimé le %1. Responsable de la direction CX&#xa0;: %2&#xa0;; rattachement hiérarchique&#xa0;: %3.</translation>
    </message>
    <message>
        <source>nobody named yet</source>
        <translation>pas encore désigné</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Instances de gouvernance</translation>
    </message>
    <message>
        <source>No governance body yet.</source>
        <translation>Aucune instance de gouvernance pour l’instant.</translation>
    </message>
    <message>
        <source>Chair: %1 · Cadence: %2 · Next meeting: %3</source>
        <translation>Président&#xa0;: %1 · Cadence&#xa0;: %2 · Prochaine réunion&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres&#xa0;:</translation>
    </message>
    <message>
        <source>Last meeting:</source>
        <translation>Dernière réunion&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n attendee(s).</source>
        <translation>
            <numerusform>%1, %n participant.</numerusform>
            <numerusform>%1, %n participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>RACI of the bins under way</source>
        <translation>RACI des bacs en cours</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bac</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>No bin under way.</source>
        <translation>Aucun bac en cours.</translation>
    </message>
    <message numerus="yes">
        <source>%n bin(s) or initiative(s) under way without an accountable person.</source>
        <translation>
            <numerusform>%n bac ou initiative en cours sans garant (A).</numerusform>
            <numerusform>%n bacs ou initiatives en cours sans garant (A).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is accountable for %2 items (the limit is %3).</source>
        <translation>%1 est garant (A) de %2 éléments (la limite est de %3).</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>%1 pain point(s) with no initiative; %2 initiative(s) tied to no pain point.</source>
        <translation>Points de douleur sans initiative&#xa0;: %1&#xa0;; initiatives liées à aucun point de douleur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 (severity %2, %3)</source>
        <translation>%1 (gravité %2, %3)</translation>
    </message>
    <message>
        <source>CX maturity</source>
        <translation>Maturité CX</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>Aucune évaluation pour l’instant.</translation>
    </message>
    <message>
        <source>Assessed on %1: %2 of 5 overall.</source>
        <translation>Évaluation du %1&#xa0;: note globale de %2 sur 5.</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Governance master plan — %1</source>
        <translation>Plan directeur de gouvernance — %1</translation>
    </message>
</context>
<context>
    <name>GovernanceText</name>
    <message>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>Change board</source>
        <translation>Comité de changement</translation>
    </message>
    <message>
        <source>Customer-advocacy council</source>
        <translation>Conseil de la voix du client</translation>
    </message>
    <message>
        <source>Ambassadors network</source>
        <translation>Réseau des ambassadeurs</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Autre instance</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Réalisateur</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Garant</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
    <message>
        <source>No accountable person</source>
        <translation>Aucun garant</translation>
    </message>
    <message>
        <source>Several accountable</source>
        <translation>Plusieurs garants</translation>
    </message>
    <message>
        <source>Nobody responsible</source>
        <translation>Aucun réalisateur</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Customer understanding</source>
        <translation>Connaissance client</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Our CX vision is written down, and every team knows it.</source>
        <translation>Notre vision CX est formalisée par écrit, et chaque équipe la connaît.</translation>
    </message>
    <message>
        <source>An executive sponsors the program and gives it time and budget.</source>
        <translation>Un dirigeant parraine le programme et lui consacre du temps et du budget.</translation>
    </message>
    <message>
        <source>The initiatives follow a roadmap tied to the strategy&apos;s pillars.</source>
        <translation>Les initiatives suivent une feuille de route alignée sur les piliers de la stratégie.</translation>
    </message>
    <message>
        <source>Personas, drawn from research, describe who our customers are.</source>
        <translation>Des personas, issus d’études, décrivent qui sont nos clients.</translation>
    </message>
    <message>
        <source>Journeys are mapped from the customer&apos;s side, stage by stage.</source>
        <translation>Les parcours sont cartographiés du point de vue du client, étape par étape.</translation>
    </message>
    <message>
        <source>Voice-of-Customer feedback is collected at every key stage.</source>
        <translation>Les retours de la voix du client (VoC) sont collectés à chaque étape clé.</translation>
    </message>
    <message>
        <source>Customers and front-line staff take part in designing changes.</source>
        <translation>Les clients et les équipes de terrain participent à la conception des changements.</translation>
    </message>
    <message>
        <source>Service blueprints link what customers see to what happens behind.</source>
        <translation>Des plans de service (service blueprints) relient ce que voient les clients à ce qui se passe en coulisses.</translation>
    </message>
    <message>
        <source>Changes are tried on a small scale and measured before they spread.</source>
        <translation>Les changements sont testés à petite échelle et mesurés avant d’être généralisés.</translation>
    </message>
    <message>
        <source>CX KPIs have targets and owners, and are followed every month.</source>
        <translation>Les KPI CX ont des cibles et des responsables, et sont suivis chaque mois.</translation>
    </message>
    <message>
        <source>Unhappy customers are called back and the cause is fixed.</source>
        <translation>Les clients mécontents sont rappelés et la cause du problème est corrigée.</translation>
    </message>
    <message>
        <source>The program shows what CX is worth in money terms.</source>
        <translation>Le programme montre ce que vaut la CX en termes financiers.</translation>
    </message>
    <message>
        <source>Governance bodies meet at a set cadence and record their decisions.</source>
        <translation>Les instances de gouvernance se réunissent à une cadence fixe et consignent leurs décisions.</translation>
    </message>
    <message>
        <source>Every project has one accountable person, and roles are clear.</source>
        <translation>Chaque projet a un seul garant (A), et les rôles sont clairs.</translation>
    </message>
    <message>
        <source>New requests go through a change board before they enter the program.</source>
        <translation>Les nouvelles demandes passent par un comité de changement avant d’entrer dans le programme.</translation>
    </message>
    <message>
        <source>Staff are trained in customer experience.</source>
        <translation>Le personnel est formé à l’expérience client.</translation>
    </message>
    <message>
        <source>Successes for customers are celebrated and recognised.</source>
        <translation>Les réussites au service des clients sont célébrées et reconnues.</translation>
    </message>
    <message>
        <source>Front-line staff may solve a customer&apos;s problem without asking.</source>
        <translation>Les équipes de terrain peuvent résoudre le problème d’un client sans demander l’autorisation.</translation>
    </message>
    <message>
        <source>1 — Ad hoc</source>
        <translation>1 — Ad hoc</translation>
    </message>
    <message>
        <source>2 — Emerging</source>
        <translation>2 — Émergent</translation>
    </message>
    <message>
        <source>3 — Defined</source>
        <translation>3 — Défini</translation>
    </message>
    <message>
        <source>4 — Managed</source>
        <translation>4 — Maîtrisé</translation>
    </message>
    <message>
        <source>5 — Embedded</source>
        <translation>5 — Ancré</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
</context>
<context>
    <name>HtmlPdf</name>
    <message>
        <source>can&apos;t write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>%1 can be read by other users: make it private with chmod 600 %1</source>
        <translation>%1 est lisible par d’autres utilisateurs&#xa0;: rendez-le privé avec chmod 600 %1</translation>
    </message>
    <message>
        <source>can&apos;t read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly report — %1</source>
        <translation>Rapport mensuel — %1</translation>
    </message>
    <message>
        <source>Figures for %1 to %2; what is overdue or blocked as of %3.</source>
        <translation>Chiffres du %1 au %2&#xa0;; retards et blocages au %3.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES (lower is better)</source>
        <translation>CES (plus bas, c’est mieux)</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <source>%1 · %2 before</source>
        <translation>%1 · %2 avant</translation>
    </message>
    <message>
        <source>better</source>
        <translation>en progrès</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>en recul</translation>
    </message>
    <message>
        <source>%1 %2 in %3 (%4 in %5): %6.</source>
        <translation>%1 à %2 en %3 (%4 en %5)&#xa0;: %6.</translation>
    </message>
    <message>
        <source>Requests decided</source>
        <translation>Demandes décidées</translation>
    </message>
    <message>
        <source>%1 received, %2 qualified</source>
        <translation>reçues&#xa0;: %1, qualifiées&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tasks on time</source>
        <translation>Tâches à l’heure</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) done</source>
        <translation>
            <numerusform>%n tâche terminée</numerusform>
            <numerusform>%n tâches terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>Blocked tasks</source>
        <translation>Tâches bloquées</translation>
    </message>
    <message>
        <source>Budget committed</source>
        <translation>Budget engagé</translation>
    </message>
    <message>
        <source>of %1 for %2 (%3%)</source>
        <translation>sur %1 pour %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>No envelope set for %1</source>
        <translation>Aucune enveloppe fixée pour %1</translation>
    </message>
    <message>
        <source>Bins delivered</source>
        <translation>Bacs livrés</translation>
    </message>
    <message numerus="yes">
        <source>%n bin(s) under way</source>
        <translation>
            <numerusform>%n bac en cours</numerusform>
            <numerusform>%n bacs en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>KPIs on target</source>
        <translation>KPI dans la cible</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) followed</source>
        <translation>
            <numerusform>%n KPI suivi</numerusform>
            <numerusform>%n KPI suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) done in the month, %1 of those with a deadline on time; %2 overdue and %3 blocked today.</source>
        <translation>
            <numerusform>%n tâche terminée dans le mois, %1 à l’heure parmi celles qui avaient une échéance&#xa0;; aujourd’hui, en retard&#xa0;: %2, bloquées&#xa0;: %3.</numerusform>
            <numerusform>%n tâches terminées dans le mois, dont %1 à l’heure parmi celles qui avaient une échéance&#xa0;; aujourd’hui, en retard&#xa0;: %2, bloquées&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No project bin was delivered this month.</source>
        <translation>Aucun bac à projets n’a été livré ce mois-ci.</translation>
    </message>
    <message>
        <source>Delivered: %1.</source>
        <translation>Livraisons&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The change board decided %n request(s): %1 approved, %2 deferred, %3 rejected.</source>
        <translation>
            <numerusform>Le comité de changement a statué sur %n demande (approuvées&#xa0;: %1, reportées&#xa0;: %2, rejetées&#xa0;: %3).</numerusform>
            <numerusform>Le comité de changement a statué sur %n demandes (approuvées&#xa0;: %1, reportées&#xa0;: %2, rejetées&#xa0;: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The month in brief</source>
        <translation>Le mois en bref</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Cadre stratégique</translation>
    </message>
    <message>
        <source>Within the guardrails: budget, capacity and strategy.</source>
        <translation>Dans le cadre stratégique&#xa0;: budget, capacité et stratégie.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>CX outcomes</source>
        <translation>Résultats CX</translation>
    </message>
    <message>
        <source>▲ on the chart: the bins delivered that month, so a change can be read against what the program did before it.</source>
        <translation>▲ sur le graphique&#xa0;: les bacs livrés ce mois-là, pour lire une évolution au regard de ce que le programme a fait auparavant.</translation>
    </message>
    <message>
        <source>KPIs against their targets</source>
        <translation>KPI par rapport à leurs cibles</translation>
    </message>
    <message>
        <source>No KPI is followed yet.</source>
        <translation>Aucun KPI n’est encore suivi.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No measurement</source>
        <translation>Aucune mesure</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Aucune cible</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Dans la cible</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Hors cible</translation>
    </message>
    <message>
        <source>Delivered over the last twelve months</source>
        <translation>Livraisons des douze derniers mois</translation>
    </message>
    <message>
        <source>No bin was delivered in that time.</source>
        <translation>Aucun bac n’a été livré sur cette période.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré le</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bac</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Change board</source>
        <translation>Comité de changement</translation>
    </message>
    <message numerus="yes">
        <source>In %1: %n request(s) received, %2 qualified, %3 decided.</source>
        <translation>
            <numerusform>En %1&#xa0;: %n demande reçue&#xa0;; qualifiées&#xa0;: %2, décidées&#xa0;: %3.</numerusform>
            <numerusform>En %1&#xa0;: %n demandes reçues&#xa0;; qualifiées&#xa0;: %2, décidées&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>A decision came a median %1 days after the request was submitted.</source>
        <translation>Délai médian entre le dépôt d’une demande et sa décision&#xa0;: %1 jours.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>No session this month.</source>
        <translation>Aucune séance ce mois-ci.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n attendee(s)%3</source>
        <translation>
            <numerusform>%1 — %2, %n participant%3</numerusform>
            <numerusform>%1 — %2, %n participants%3</numerusform>
        </translation>
    </message>
    <message>
        <source>, closed</source>
        <translation>, close</translation>
    </message>
    <message>
        <source>, still open</source>
        <translation>, encore ouverte</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No decision this month.</source>
        <translation>Aucune décision ce mois-ci.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>back on %1</source>
        <translation>de retour le %1</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <source>No request this month.</source>
        <translation>Aucune demande ce mois-ci.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Successes, risks and blockers</source>
        <translation>Réussites, risques et blocages</translation>
    </message>
    <message>
        <source>Successes of the month</source>
        <translation>Réussites du mois</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 delivered (%n initiative(s)).</source>
        <translation>
            <numerusform>%1 %2 livré (%n initiative).</numerusform>
            <numerusform>%1 %2 livré (%n initiatives).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on target: %2.</source>
        <translation>%1 dans la cible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing recorded this month.</source>
        <translation>Rien d’enregistré ce mois-ci.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>%1 %2 is blocked.</source>
        <translation>%1 %2 est bloqué.</translation>
    </message>
    <message>
        <source>%1 %2 was due on %3 and is not done.</source>
        <translation>%1 %2 devait être terminé le %3 et ne l’est pas.</translation>
    </message>
    <message>
        <source>No guardrail crossed, no bin blocked or late.</source>
        <translation>Aucun garde-fou franchi, aucun bac bloqué ou en retard.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Retard</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked tasks (%1)</source>
        <translation>Tâches bloquées (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Overdue tasks (%1)</source>
        <translation>Tâches en retard (%1)</translation>
    </message>
    <message>
        <source>Transformation map</source>
        <translation>Carte de transformation</translation>
    </message>
    <message>
        <source>Prepared with Tiller on %1</source>
        <translation>Préparé avec Tiller le %1</translation>
    </message>
    <message>
        <source>no month to report on</source>
        <translation>aucun mois à couvrir par le rapport</translation>
    </message>
    <message>
        <source>can&apos;t write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>can&apos;t write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Milestones on time</source>
        <translation>Jalons à l’heure</translation>
    </message>
    <message>
        <source>%1 on time, %2 late, %3 not reached</source>
        <translation>%1 à temps, %2 en retard, %3 non atteints</translation>
    </message>
    <message>
        <source>Work done vs plan</source>
        <translation>Travail fait / temps écoulé</translation>
    </message>
    <message>
        <source>No bin under way with dates and tasks</source>
        <translation>Aucun bac en cours avec des dates et des tâches</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the time gone, mean of %n bin(s) under way</source>
        <translation>
            <numerusform>%1 du temps écoulé, moyenne de %n bac en cours</numerusform>
            <numerusform>%1 du temps écoulé, moyenne de %n bacs en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) due in the month: %1 reached on time, %2 late, %3 not reached yet.</source>
        <translation>
            <numerusform>%n jalon à échéance dans le mois (atteints à temps&#xa0;: %1, en retard&#xa0;: %2, pas encore atteints&#xa0;: %3).</numerusform>
            <numerusform>%n jalons à échéance dans le mois (atteints à temps&#xa0;: %1, en retard&#xa0;: %2, pas encore atteints&#xa0;: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project bin(s) in the program; the charts show their status and horizon today, the tasks done in the last 13 weeks, each domain&apos;s busiest month of %1 against its capacity, and the bins under way against their plan.</source>
        <translation>
            <numerusform>%n bac à projets dans le programme&#xa0;; les graphiques montrent son statut et son horizon aujourd’hui, les tâches terminées au cours des 13 dernières semaines, le mois le plus chargé de %1 pour chaque domaine au regard de sa capacité, et les bacs en cours par rapport à leur plan.</numerusform>
            <numerusform>%n bacs à projets dans le programme&#xa0;; les graphiques montrent leur statut et leur horizon aujourd’hui, les tâches terminées au cours des 13 dernières semaines, le mois le plus chargé de %1 pour chaque domaine au regard de sa capacité, et les bacs en cours par rapport à leur plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engagement and recognition</source>
        <translation>Engagement et reconnaissance</translation>
    </message>
    <message>
        <source>No points earned this month.</source>
        <translation>Aucun point gagné ce mois-ci.</translation>
    </message>
    <message>
        <source>Teams: %1.</source>
        <translation>Équipes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ambassadors: %1.</source>
        <translation>Ambassadeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (%2; %3)</source>
        <translation>%1 (%2&#xa0;; %3)</translation>
    </message>
    <message>
        <source>Most points: %1.</source>
        <translation>Le plus de points&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Celebrated on %1: %2 (%3, %4).</source>
        <translation>Succès célébré le %1&#xa0;: %2 (%3, %4).</translation>
    </message>
    <message>
        <source>Milestone reached on time on %1: %2 — %3.</source>
        <translation>Jalon atteint à temps le %1&#xa0;: %2 — %3.</translation>
    </message>
</context>
<context>
    <name>ReportCanvas</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>can&apos;t connect to the mail server: %1</source>
        <translation>impossible de se connecter au serveur de messagerie&#xa0;: %1</translation>
    </message>
    <message>
        <source>the mail server did not answer in time (%1)</source>
        <translation>le serveur de messagerie n’a pas répondu à temps (%1)</translation>
    </message>
    <message>
        <source>secure connection (TLS) to the mail server failed: %1</source>
        <translation>échec de la connexion sécurisée (TLS) au serveur de messagerie&#xa0;: %1</translation>
    </message>
    <message>
        <source>the mail server refused the user name or password: %1</source>
        <translation>le serveur de messagerie a refusé le nom d’utilisateur ou le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>the mail server refused the sender address: %1</source>
        <translation>le serveur de messagerie a refusé l’adresse de l’expéditeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the mail server refused the recipient: %1</source>
        <translation>le serveur de messagerie a refusé le destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>the mail server refused the message: %1</source>
        <translation>le serveur de messagerie a refusé le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>the mail server answered unexpectedly: %1</source>
        <translation>réponse inattendue du serveur de messagerie&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection was closed (%1)</source>
        <translation>la connexion a été fermée (%1)</translation>
    </message>
    <message>
        <source>the server offers no authentication on this connection</source>
        <translation>le serveur ne propose aucune authentification sur cette connexion</translation>
    </message>
    <message>
        <source>no supported method (the server offers %1)</source>
        <translation>aucune méthode prise en charge (le serveur propose %1)</translation>
    </message>
    <message>
        <source>no server is set</source>
        <translation>aucun serveur n’est défini</translation>
    </message>
    <message>
        <source>this build of Qt has no TLS support</source>
        <translation>cette version de Qt ne prend pas en charge TLS</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS</source>
        <translation>le serveur ne propose pas STARTTLS</translation>
    </message>
</context>
<context>
    <name>StrategyCheck</name>
    <message>
        <source>goes over the %1 envelope (it needs %2% of what remains)</source>
        <translation>dépasse l’enveloppe %1 (il lui faut %2&#xa0;% de ce qui reste)</translation>
    </message>
    <message>
        <source>uses %1% of what remains of the %2 envelope</source>
        <translation>utilise %1&#xa0;% de ce qui reste de l’enveloppe %2</translation>
    </message>
    <message>
        <source>adds to a %1 envelope already spent</source>
        <translation>s’ajoute à une enveloppe %1 déjà épuisée</translation>
    </message>
    <message>
        <source>overloads %1 in %2</source>
        <translation>surcharge %1 en %2</translation>
    </message>
    <message>
        <source>Approving this stays within the budget envelope and the domains&apos; capacity.</source>
        <translation>L’approuver reste dans l’enveloppe budgétaire et la capacité des domaines.</translation>
    </message>
    <message>
        <source>Approving this %1.</source>
        <translation>L’approuver %1.</translation>
    </message>
    <message>
        <source>It serves no strategic pillar.</source>
        <translation>Elle ne sert aucun pilier stratégique.</translation>
    </message>
    <message>
        <source>%1 budget: %2 committed against an envelope of %3 (%4 over).</source>
        <translation>Budget %1&#xa0;: %2 engagés pour une enveloppe de %3 (%4 de dépassement).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is over capacity in %n month(s): %2.</source>
        <translation>
            <numerusform>%1 dépasse sa capacité sur %n mois&#xa0;: %2.</numerusform>
            <numerusform>%1 dépasse sa capacité sur %n mois&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) serve no strategic pillar.</source>
        <translation>
            <numerusform>%n initiative ne sert aucun pilier stratégique.</numerusform>
            <numerusform>%n initiatives ne servent aucun pilier stratégique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskEdits</name>
    <message>
        <source>%1 handed you “%2”%3</source>
        <translation>%1 vous a confié «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>You handed “%1” to %2%3</source>
        <translation>Vous avez confié «&#xa0;%1&#xa0;» à %2%3</translation>
    </message>
    <message>
        <source>“%1” in %2 is blocked: %3</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 est bloquée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Réouverture de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation>Démarrage de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark “%1” blocked</source>
        <translation>Blocage de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Achèvement de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>Échec de l’enregistrement de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo of “%1” failed: %2</source>
        <translation>Échec de l’annulation de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 can&apos;t be deleted: they are named on %n item(s). Reassign those first.</source>
        <translation>
            <numerusform>Impossible de supprimer %1&#xa0;: cette personne est désignée dans %n élément. Réaffectez-le d’abord.</numerusform>
            <numerusform>Impossible de supprimer %1&#xa0;: cette personne est désignée dans %n éléments. Réaffectez-les d’abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The domain %1 can&apos;t be deleted: %n item(s) belong to it. Move them first.</source>
        <translation>
            <numerusform>Impossible de supprimer le domaine %1&#xa0;: %n élément lui appartient. Déplacez-le d’abord.</numerusform>
            <numerusform>Impossible de supprimer le domaine %1&#xa0;: %n éléments lui appartiennent. Déplacez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>This portfolio is open read-only; the change was not made.</source>
        <translation>Ce portefeuille est ouvert en lecture seule&#xa0;; la modification n’a pas été effectuée.</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Court terme</translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation>Moyen terme</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Long terme</translation>
    </message>
    <message>
        <source>Program manager</source>
        <translation>Responsable de programme</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>“%1” is neither a file path nor a postgresql:// address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un chemin de fichier ni une adresse postgresql://.</translation>
    </message>
    <message>
        <source>%1: shared PostgreSQL portfolios are not supported by this version of Tiller yet; use a portfolio file.</source>
        <translation>%1&#xa0;: les portefeuilles PostgreSQL partagés ne sont pas encore pris en charge par cette version de Tiller&#xa0;; utilisez un fichier de portefeuille.</translation>
    </message>
    <message>
        <source>%1: no such portfolio file.</source>
        <translation>%1&#xa0;: fichier de portefeuille introuvable.</translation>
    </message>
    <message>
        <source>%1: can&apos;t create the file here (the folder is missing or not writable).</source>
        <translation>%1&#xa0;: impossible de créer le fichier ici (le dossier n’existe pas ou n’est pas accessible en écriture).</translation>
    </message>
    <message>
        <source>%1 is not a Tiller portfolio (it is not an SQLite database). Nothing was changed.</source>
        <translation>%1 n’est pas un portefeuille Tiller (ce n’est pas une base de données SQLite). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Tiller portfolio. Nothing was changed.</source>
        <translation>%1 est une base de données SQLite d’une autre application, pas un portefeuille Tiller. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed; restore it from a backup.</source>
        <translation>%1 est endommagé (%2). Rien n’a été modifié&#xa0;; restaurez-le à partir d’une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tiller (schema %2; this version knows up to %3). Update Tiller to open it; nothing was changed.</source>
        <translation>%1 a été écrit par une version plus récente de Tiller (schéma %2&#xa0;; cette version connaît jusqu’au schéma %3). Mettez Tiller à jour pour l’ouvrir&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is open in another Tiller by %2.</source>
        <translation>%1 est ouvert dans une autre instance de Tiller par %2.</translation>
    </message>
    <message>
        <source>%1 is read-only: the change can&apos;t be saved.</source>
        <translation>%1 est en lecture seule&#xa0;: la modification ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>someone else changed this item in the meantime; reload and try again.</source>
        <translation>quelqu’un d’autre a modifié cet élément entre-temps&#xa0;; rechargez et réessayez.</translation>
    </message>
    <message>
        <source>the database refused the change (%1).</source>
        <translation>la base de données a refusé la modification (%1).</translation>
    </message>
    <message>
        <source>the disk refused the write (%1).</source>
        <translation>le disque a refusé l’écriture (%1).</translation>
    </message>
    <message>
        <source>database error (%1).</source>
        <translation>erreur de base de données (%1).</translation>
    </message>
    <message>
        <source>A code is required.</source>
        <translation>Un code est obligatoire.</translation>
    </message>
    <message>
        <source>A code has at most %1 characters.</source>
        <translation>Un code comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The code “%1” may only contain letters, digits and . _ / -</source>
        <translation>Le code «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres et . _ / -</translation>
    </message>
    <message>
        <source>The code “%1” is already used.</source>
        <translation>Le code «&#xa0;%1&#xa0;» est déjà utilisé.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <source>A title has at most %1 characters.</source>
        <translation>Un titre comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>Une description comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Un nom comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The name “%1” is already used.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est déjà utilisé.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>“%1” is not a colour (#rrggbb).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une couleur (#rrggbb).</translation>
    </message>
    <message>
        <source>“%1” is still in use.</source>
        <translation>«&#xa0;%1&#xa0;» est encore utilisé ailleurs.</translation>
    </message>
    <message>
        <source>The domain chosen no longer exists.</source>
        <translation>Le domaine choisi n’existe plus.</translation>
    </message>
    <message>
        <source>The owner chosen no longer exists.</source>
        <translation>Le responsable choisi n’existe plus.</translation>
    </message>
    <message>
        <source>A pain point chosen no longer exists.</source>
        <translation>Un point de douleur choisi n’existe plus.</translation>
    </message>
    <message>
        <source>Read-only: open in another Tiller by %1</source>
        <translation>Lecture seule&#xa0;: ouvert dans une autre instance de Tiller par %1</translation>
    </message>
    <message>
        <source>Read-only: the file is not writable</source>
        <translation>Lecture seule&#xa0;: le fichier n’est pas modifiable</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Not scored on: %1</source>
        <translation>Non noté sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Benefit %1 − cost %2 = score %3</source>
        <translation>Bénéfice %1 − coût %2 = score %3</translation>
    </message>
    <message>
        <source>Reach × impact × confidence = %1; ÷ effort %2 = score %3</source>
        <translation>Portée × impact × confiance = %1&#xa0;; ÷ effort %2 = score %3</translation>
    </message>
    <message>
        <source>Cost of delay %1 ÷ job size %2 = score %3</source>
        <translation>Coût du retard %1 ÷ taille du travail %2 = score %3</translation>
    </message>
    <message>
        <source>A model needs at least one criterion.</source>
        <translation>Un modèle doit avoir au moins un critère.</translation>
    </message>
    <message>
        <source>Every criterion needs a name.</source>
        <translation>Chaque critère doit avoir un nom.</translation>
    </message>
    <message>
        <source>Two criteria are named “%1”.</source>
        <translation>Deux critères s’appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The scale of “%1” is not usable: its end must be above its start (an effort or job size must stay above 0; a confidence stays within 0–100).</source>
        <translation>L’échelle de «&#xa0;%1&#xa0;» est inutilisable&#xa0;: sa fin doit dépasser son début (un effort ou une taille de travail doit rester au-dessus de 0&#xa0;; une confiance reste entre 0 et 100).</translation>
    </message>
    <message>
        <source>The weight of “%1” can&apos;t be negative.</source>
        <translation>Le poids de «&#xa0;%1&#xa0;» ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The cost criteria all weigh 0: give one a weight.</source>
        <translation>Les critères de coût pèsent tous 0&#xa0;: donnez un poids à l’un d’eux.</translation>
    </message>
    <message>
        <source>The benefit criteria all weigh 0: give one a weight.</source>
        <translation>Les critères de bénéfice pèsent tous 0&#xa0;: donnez un poids à l’un d’eux.</translation>
    </message>
    <message>
        <source>The formula needs a criterion for “%1”.</source>
        <translation>La formule a besoin d’un critère pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Two criteria play the part of “%1”.</source>
        <translation>Deux critères jouent le rôle de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A bin needs a code.</source>
        <translation>Un bac doit avoir un code.</translation>
    </message>
    <message>
        <source>A bin needs a name.</source>
        <translation>Un bac doit avoir un nom.</translation>
    </message>
    <message>
        <source>The code “%1” is already used by another bin.</source>
        <translation>Le code «&#xa0;%1&#xa0;» est déjà utilisé par un autre bac.</translation>
    </message>
    <message>
        <source>%1 would end before it starts.</source>
        <translation>%1 se terminerait avant de commencer.</translation>
    </message>
    <message>
        <source>%1 still has dependencies: remove them with it.</source>
        <translation>%1 a encore des dépendances&#xa0;: retirez-les avec lui.</translation>
    </message>
    <message>
        <source>%1 still holds initiatives: move them out with it.</source>
        <translation>%1 contient encore des initiatives&#xa0;: sortez-les avec lui.</translation>
    </message>
    <message>
        <source>This dependency would close a cycle: %1.</source>
        <translation>Cette dépendance fermerait un cycle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>bin status</comment>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>bin status</comment>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>bin status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>bin status</comment>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>bin status</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>bin status</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>A task belongs to a bin: choose one.</source>
        <translation>Une tâche appartient à un bac&#xa0;: choisissez-en un.</translation>
    </message>
    <message>
        <source>The task&apos;s owner is no longer in the program.</source>
        <translation>Le responsable de la tâche ne fait plus partie du programme.</translation>
    </message>
    <message>
        <source>Say what blocks “%1”: a blocked task needs a reason.</source>
        <translation>Indiquez ce qui bloque «&#xa0;%1&#xa0;»&#xa0;: une tâche bloquée doit avoir une raison.</translation>
    </message>
    <message>
        <source>An estimate is a number of days between 0 and 10,000.</source>
        <translation>Une estimation est un nombre de jours entre 0 et 10&#xa0;000.</translation>
    </message>
    <message>
        <source>“%1” is not a week (write it like 2026-W48).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une semaine (écrivez-la comme 2026-W48).</translation>
    </message>
    <message>
        <source>A phase needs a name.</source>
        <translation>Une phase doit avoir un nom.</translation>
    </message>
    <message>
        <source>The phase “%1” ends before it starts.</source>
        <translation>La phase «&#xa0;%1&#xa0;» se termine avant de commencer.</translation>
    </message>
    <message>
        <source>A success criterion needs some text.</source>
        <translation>Un critère de réussite doit avoir un texte.</translation>
    </message>
    <message>
        <source>%1 still has tasks: remove them with it.</source>
        <translation>%1 a encore des tâches&#xa0;: retirez-les avec lui.</translation>
    </message>
    <message>
        <source>%1 still has charter phases: remove them with it.</source>
        <translation>%1 a encore des phases de charte&#xa0;: retirez-les avec lui.</translation>
    </message>
    <message>
        <source>%1 still has a definition of done: remove it with it.</source>
        <translation>%1 a encore une définition de terminé&#xa0;: retirez-la avec lui.</translation>
    </message>
    <message>
        <source>%1 still has a charter: remove it with it.</source>
        <translation>%1 a encore une charte&#xa0;: retirez-la avec lui.</translation>
    </message>
    <message numerus="yes">
        <source>%1 can&apos;t be marked done: %n success criterion(s) of its definition of done are still open (%2). Tick them, or give a reason to override.</source>
        <translation>
            <numerusform>Impossible de marquer %1 comme terminé&#xa0;: %n critère de réussite de sa définition de terminé n’est pas encore rempli (%2). Cochez-le, ou donnez une raison pour passer outre.</numerusform>
            <numerusform>Impossible de marquer %1 comme terminé&#xa0;: %n critères de réussite de sa définition de terminé ne sont pas encore remplis (%2). Cochez-les, ou donnez une raison pour passer outre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is %n day(s) late.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a %n jour de retard.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a %n jours de retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is due today.</source>
        <translation>«&#xa0;%1&#xa0;» arrive à échéance aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is due in %n day(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» arrive à échéance dans %n jour.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» arrive à échéance dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>To do</source>
        <comment>task status</comment>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Doing</source>
        <comment>task status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>task status</comment>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>task status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>The vote “%1” closes today: yours is missing.</source>
        <translation>Le vote «&#xa0;%1&#xa0;» se termine aujourd’hui&#xa0;: il manque le vôtre.</translation>
    </message>
    <message numerus="yes">
        <source>The vote “%1” closes in %n day(s): yours is missing.</source>
        <translation>
            <numerusform>Le vote «&#xa0;%1&#xa0;» se termine dans %n jour&#xa0;: il manque le vôtre.</numerusform>
            <numerusform>Le vote «&#xa0;%1&#xa0;» se termine dans %n jours&#xa0;: il manque le vôtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail is already being sent.</source>
        <translation>Un envoi de messages est déjà en cours.</translation>
    </message>
    <message>
        <source>Set the mail server and the sender&apos;s address in Preferences first.</source>
        <translation>Indiquez d’abord le serveur de messagerie et l’adresse de l’expéditeur dans les Préférences.</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be undone: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut plus être annulé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Horizons run from short to long term: give them increasing numbers of months (at most 240).</source>
        <translation>Les horizons vont du court au long terme&#xa0;: donnez-leur des nombres de mois croissants (240 au plus).</translation>
    </message>
    <message>
        <source>%1 is not a year for a budget envelope.</source>
        <translation>%1 n’est pas une année pour une enveloppe budgétaire.</translation>
    </message>
    <message>
        <source>The %1 envelope must be an amount between 0 and 1,000,000,000,000.</source>
        <translation>L’enveloppe %1 doit être un montant entre 0 et 1 000 000 000 000.</translation>
    </message>
    <message>
        <source>A domain&apos;s capacity is a number of person-days per month between 0 and 1,000,000.</source>
        <translation>La capacité d’un domaine est un nombre de jours-personne par mois entre 0 et 1 000 000.</translation>
    </message>
    <message>
        <source>A bin&apos;s effort is a number of person-days between 0 and 10,000,000.</source>
        <translation>L’effort d’un bac est un nombre de jours-personne entre 0 et 10 000 000.</translation>
    </message>
    <message>
        <source>A pillar needs a name.</source>
        <translation>Un pilier a besoin d’un nom.</translation>
    </message>
    <message>
        <source>There is already a pillar called “%1”.</source>
        <translation>Il existe déjà un pilier nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 still serves the pillar “%2”: unlink it with the pillar.</source>
        <translation>%1 sert encore le pilier «&#xa0;%2&#xa0;»&#xa0;: détachez-la avec le pilier.</translation>
    </message>
    <message>
        <source>A change request needs a code.</source>
        <translation>Une demande de changement a besoin d’un code.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another request.</source>
        <translation>Le code %1 est déjà utilisé par une autre demande.</translation>
    </message>
    <message>
        <source>A change request needs a title.</source>
        <translation>Une demande de changement a besoin d’un titre.</translation>
    </message>
    <message>
        <source>%1 needs the date it was submitted.</source>
        <translation>%1 a besoin de sa date de dépôt.</translation>
    </message>
    <message>
        <source>Urgency is low, normal, high or critical.</source>
        <translation>L’urgence est faible, normale, haute ou critique.</translation>
    </message>
    <message>
        <source>Benefit and cost are amounts between 0 and 1,000,000,000,000.</source>
        <translation>Le bénéfice et le coût sont des montants entre 0 et 1 000 000 000 000.</translation>
    </message>
    <message>
        <source>Effort is a number of person-days between 0 and 10,000,000.</source>
        <translation>L’effort est un nombre de jours-personne entre 0 et 10 000 000.</translation>
    </message>
    <message>
        <source>The submitter of %1 is no longer in the program.</source>
        <translation>L’auteur de %1 ne fait plus partie du programme.</translation>
    </message>
    <message>
        <source>Say why %1 is returned: the submitter needs to know what to add.</source>
        <translation>Dites pourquoi %1 est renvoyée&#xa0;: son auteur doit savoir quoi ajouter.</translation>
    </message>
    <message>
        <source>Say why %1 is rejected.</source>
        <translation>Dites pourquoi %1 est rejetée.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be qualified yet: check that it is %2.</source>
        <translation>%1 ne peut pas encore être qualifiée&#xa0;: vérifiez qu’elle est %2.</translation>
    </message>
    <message>
        <source>A deferred request needs the date it comes back to the board.</source>
        <translation>Une demande reportée a besoin de la date de son retour devant le comité.</translation>
    </message>
    <message>
        <source>%1 is on the agenda of a session that no longer exists.</source>
        <translation>%1 est à l’ordre du jour d’une séance qui n’existe plus.</translation>
    </message>
    <message>
        <source>The session of %1 is closed: its decisions are final.</source>
        <translation>La séance du %1 est close&#xa0;: ses décisions sont définitives.</translation>
    </message>
    <message>
        <source>A board session needs a date.</source>
        <translation>Une séance du comité a besoin d’une date.</translation>
    </message>
    <message>
        <source>This session has decisions: undo them before removing it.</source>
        <translation>Cette séance a des décisions&#xa0;: annulez-les avant de la supprimer.</translation>
    </message>
    <message>
        <source>A decision belongs to a board session.</source>
        <translation>Une décision appartient à une séance du comité.</translation>
    </message>
    <message>
        <source>A rejection needs a reason: the submitter will read it.</source>
        <translation>Un rejet a besoin d’un motif&#xa0;: l’auteur le lira.</translation>
    </message>
    <message>
        <source>Defer to a date after the session.</source>
        <translation>Reportez à une date postérieure à la séance.</translation>
    </message>
    <message>
        <source>A priority is a rank from 1 (0: not set).</source>
        <translation>Une priorité est un rang à partir de 1 (0&#xa0;: non fixée).</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>request status</comment>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>Returned</source>
        <comment>request status</comment>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>request status</comment>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>request status</comment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Deferred</source>
        <comment>request status</comment>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>request status</comment>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Market shift</source>
        <comment>request origin</comment>
        <translation>Évolution du marché</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>request origin</comment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Voice of the Customer</source>
        <comment>request origin</comment>
        <translation>Voix du Client</translation>
    </message>
    <message>
        <source>Regulation</source>
        <comment>request origin</comment>
        <translation>Réglementation</translation>
    </message>
    <message>
        <source>Internal idea</source>
        <comment>request origin</comment>
        <translation>Idée interne</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>board decision</comment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Deferred</source>
        <comment>board decision</comment>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>board decision</comment>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Tous les deux mois</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Chaque trimestre</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>urgency</comment>
        <translation>Faible</translation>
    </message>
    <message>
        <source>High</source>
        <comment>urgency</comment>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>urgency</comment>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>urgency</comment>
        <translation>Normale</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>in the strategy</source>
        <translation>dans la stratégie</translation>
    </message>
    <message>
        <source>not a duplicate</source>
        <translation>pas un doublon</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimée</translation>
    </message>
    <message>
        <source>The phase “%1” can&apos;t be reached later than today.</source>
        <translation>La phase «&#xa0;%1&#xa0;» ne peut pas être marquée comme atteinte à une date future.</translation>
    </message>
    <message>
        <source>The most bins and initiatives one person may be accountable for is a number from 1 to 1,000.</source>
        <translation>Le nombre maximal de bacs et d’initiatives dont une personne peut être garante est un nombre de 1 à 1&#xa0;000.</translation>
    </message>
    <message>
        <source>The lead of the CX direction is no longer in the program.</source>
        <translation>Le responsable de la direction CX ne fait plus partie du programme.</translation>
    </message>
    <message>
        <source>Say whom the CX direction reports to in at most 200 characters.</source>
        <translation>Indiquez à qui la direction CX est rattachée en 200 caractères au plus.</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>Un persona doit avoir un nom.</translation>
    </message>
    <message>
        <source>A journey needs a name.</source>
        <translation>Un parcours doit avoir un nom.</translation>
    </message>
    <message>
        <source>The journey&apos;s persona is no longer in the program.</source>
        <translation>Le persona du parcours ne fait plus partie du programme.</translation>
    </message>
    <message>
        <source>A journey stage needs a name.</source>
        <translation>Une étape de parcours doit avoir un nom.</translation>
    </message>
    <message>
        <source>The stage&apos;s journey is no longer in the program.</source>
        <translation>Le parcours de l’étape ne fait plus partie du programme.</translation>
    </message>
    <message>
        <source>A touchpoint needs a name.</source>
        <translation>Un point de contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>The touchpoint&apos;s stage is no longer in the journey.</source>
        <translation>L’étape du point de contact ne fait plus partie du parcours.</translation>
    </message>
    <message>
        <source>A pain point needs a title.</source>
        <translation>Un point de douleur doit avoir un titre.</translation>
    </message>
    <message>
        <source>A pain point&apos;s severity runs from 1 (minor) to 5 (critical).</source>
        <translation>La gravité d’un point de douleur va de 1 (mineure) à 5 (critique).</translation>
    </message>
    <message>
        <source>The pain point&apos;s stage is no longer in the journey.</source>
        <translation>L’étape du point de douleur ne fait plus partie du parcours.</translation>
    </message>
    <message>
        <source>%1 still addresses the pain point “%2”: unlink it with the pain point.</source>
        <translation>%1 traite encore le point de douleur «&#xa0;%2&#xa0;»&#xa0;: détachez-la avec le point de douleur.</translation>
    </message>
    <message>
        <source>%1 still cites the pain point “%2”: unlink it with the pain point.</source>
        <translation>%1 cite encore le point de douleur «&#xa0;%2&#xa0;»&#xa0;: détachez-la avec le point de douleur.</translation>
    </message>
    <message>
        <source>The stage “%1” still has pain points or touchpoints.</source>
        <translation>L’étape «&#xa0;%1&#xa0;» contient encore des points de douleur ou des points de contact.</translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” holds %n customer answer(s) or KPI(s): it can&apos;t be removed, rename it instead.</source>
        <translation>
            <numerusform>L’étape «&#xa0;%1&#xa0;» porte %n réponse client ou KPI&#xa0;: elle ne peut pas être supprimée, renommez-la plutôt.</numerusform>
            <numerusform>L’étape «&#xa0;%1&#xa0;» porte %n réponses clients ou KPI&#xa0;: elle ne peut pas être supprimée, renommez-la plutôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journey “%1” still has stages.</source>
        <translation>Le parcours «&#xa0;%1&#xa0;» contient encore des étapes.</translation>
    </message>
    <message>
        <source>The persona “%1” still has journeys.</source>
        <translation>Le persona «&#xa0;%1&#xa0;» a encore des parcours.</translation>
    </message>
    <message>
        <source>A governance body needs a name.</source>
        <translation>Une instance de gouvernance doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a body called “%1”.</source>
        <translation>Il existe déjà une instance nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The program has one change board: its sessions decide the requests.</source>
        <translation>Le programme n’a qu’un comité de changement&#xa0;: ce sont ses séances qui décident des demandes.</translation>
    </message>
    <message>
        <source>The chair of “%1” is no longer in the program.</source>
        <translation>Le président de «&#xa0;%1&#xa0;» ne fait plus partie du programme.</translation>
    </message>
    <message>
        <source>A member of “%1” is no longer in the program.</source>
        <translation>Un membre de «&#xa0;%1&#xa0;» ne fait plus partie du programme.</translation>
    </message>
    <message>
        <source>%1 is listed twice in “%2”.</source>
        <translation>%1 figure deux fois dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not a date for a meeting.</source>
        <translation>%1 n’est pas une date de réunion valide.</translation>
    </message>
    <message>
        <source>A RACI role is held on one bin or on one initiative.</source>
        <translation>Un rôle RACI porte sur un seul bac ou sur une seule initiative.</translation>
    </message>
    <message>
        <source>That bin or initiative is no longer in the program.</source>
        <translation>Ce bac ou cette initiative ne fait plus partie du programme.</translation>
    </message>
    <message>
        <source>That person is no longer in the program.</source>
        <translation>Cette personne ne fait plus partie du programme.</translation>
    </message>
    <message>
        <source>%1 already holds that role there.</source>
        <translation>%1 a déjà ce rôle sur cet élément.</translation>
    </message>
    <message>
        <source>%1 has one accountable person: %2 and %3 can&apos;t both be.</source>
        <translation>%1 n’a qu’un seul garant (A)&#xa0;: %2 et %3 ne peuvent pas l’être tous les deux.</translation>
    </message>
    <message>
        <source>An assessment needs the date it was made.</source>
        <translation>Une évaluation doit indiquer sa date de réalisation.</translation>
    </message>
    <message>
        <source>An assessment can&apos;t be dated after today.</source>
        <translation>La date d’une évaluation ne peut pas être postérieure à aujourd’hui.</translation>
    </message>
    <message>
        <source>Answer at least one question of the assessment.</source>
        <translation>Répondez à au moins une question de l’évaluation.</translation>
    </message>
    <message>
        <source>“%1” is not a question of the maturity assessment.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une question de l’évaluation de maturité.</translation>
    </message>
    <message>
        <source>Each answer scores from 1 to 5.</source>
        <translation>Chaque réponse est notée de 1 à 5.</translation>
    </message>
</context>
<context>
    <name>VocImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a CSV file starts with a header line naming its columns.</source>
        <translation>%1 est vide&#xa0;: un fichier CSV commence par une ligne d’en-tête qui nomme ses colonnes.</translation>
    </message>
    <message>
        <source>%1 is not a CSV text file (it holds binary data or is not UTF-8 text). Save it from your spreadsheet as “CSV UTF-8”.</source>
        <translation>%1 n’est pas un fichier texte CSV (il contient des données binaires ou n’est pas du texte UTF-8). Enregistrez-le depuis votre tableur au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>%1 has no header line with column names separated by commas or semicolons.</source>
        <translation>%1 n’a pas de ligne d’en-tête avec des noms de colonnes séparés par des virgules ou des points-virgules.</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <source>CES (1–7)</source>
        <translation>CES (1–7)</translation>
    </message>
    <message>
        <source>the date column</source>
        <translation>la colonne de la date</translation>
    </message>
    <message>
        <source>the metric column or one metric for the whole file</source>
        <translation>la colonne de l’indicateur ou un indicateur pour tout le fichier</translation>
    </message>
    <message>
        <source>the score column</source>
        <translation>la colonne de la note</translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Choisissez %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing was imported: this portfolio is read-only (%1).</source>
        <translation>Rien n’a été importé&#xa0;: ce portefeuille est en lecture seule (%1).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>the row is malformed: %1</source>
        <translation>la ligne est mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>the %1 is missing</source>
        <translation>champ manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>unreadable date “%1” (write it as %2 or %3)</source>
        <translation>date illisible «&#xa0;%1&#xa0;» (écrivez-la %2 ou %3)</translation>
    </message>
    <message>
        <source>unknown metric “%1” (use NPS, CSAT or CES)</source>
        <translation>indicateur inconnu «&#xa0;%1&#xa0;» (utilisez NPS, CSAT ou CES)</translation>
    </message>
    <message>
        <source>the score “%1” is not a number</source>
        <translation>la note «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>score %1 is outside the %2 scale (whole numbers from %3 to %4)</source>
        <translation>la note %1 sort de l’échelle %2 (nombres entiers de %3 à %4)</translation>
    </message>
    <message>
        <source>score %1 is outside the %2 scale (%3 to %4)</source>
        <translation>la note %1 sort de l’échelle %2 (de %3 à %4)</translation>
    </message>
    <message>
        <source>“%1” is a stage of several journeys: write “Journey › %1”</source>
        <translation>«&#xa0;%1&#xa0;» est une étape de plusieurs parcours&#xa0;: écrivez «&#xa0;Parcours › %1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown journey stage “%1”</source>
        <translation>étape de parcours inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing was imported: writing to the portfolio failed and every row was rolled back (%1).</source>
        <translation>Rien n’a été importé&#xa0;: l’écriture dans le portefeuille a échoué et toutes les lignes ont été annulées (%1).</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>The round is closed: ballots can&apos;t change any more.</source>
        <translation>Le tour est clos&#xa0;: les bulletins ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>This person is not a voter of the round.</source>
        <translation>Cette personne ne vote pas dans ce tour.</translation>
    </message>
    <message>
        <source>%1 is not on this round&apos;s ballot.</source>
        <translation>%1 ne figure pas sur le bulletin de ce tour.</translation>
    </message>
    <message>
        <source>%1 appears twice on the ballot.</source>
        <translation>%1 apparaît deux fois sur le bulletin.</translation>
    </message>
    <message>
        <source>The rank of %1 is out of range.</source>
        <translation>Le rang de %1 est hors limites.</translation>
    </message>
    <message>
        <source>Points can&apos;t be negative (%1).</source>
        <translation>Les points ne peuvent pas être négatifs (%1).</translation>
    </message>
    <message>
        <source>%1 points given: more than the budget.</source>
        <translation>%1 points attribués&#xa0;: plus que le budget.</translation>
    </message>
    <message>
        <source>%1 points on %2: more than allowed on one initiative.</source>
        <translation>%1 points sur %2&#xa0;: plus que le maximum par initiative.</translation>
    </message>
    <message>
        <source>A voting round needs a name.</source>
        <translation>Un tour de vote doit avoir un nom.</translation>
    </message>
    <message>
        <source>Put at least two initiatives on the ballot.</source>
        <translation>Mettez au moins deux initiatives sur le bulletin.</translation>
    </message>
    <message>
        <source>Invite at least one stakeholder to vote.</source>
        <translation>Invitez au moins une partie prenante à voter.</translation>
    </message>
    <message>
        <source>Give each stakeholder a budget of points.</source>
        <translation>Donnez un budget de points à chaque partie prenante.</translation>
    </message>
    <message>
        <source>Open the voting round %1</source>
        <translation>Ouverture du tour de vote %1</translation>
    </message>
    <message>
        <source>Submit %1&apos;s ballot</source>
        <translation>Dépôt du bulletin de %1</translation>
    </message>
    <message>
        <source>Save %1&apos;s draft ballot</source>
        <translation>Enregistrement du brouillon de bulletin de %1</translation>
    </message>
    <message>
        <source>No ballot has been submitted yet: there is nothing to count.</source>
        <translation>Aucun bulletin n’a encore été déposé&#xa0;: il n’y a rien à compter.</translation>
    </message>
    <message>
        <source>Close the voting round %1</source>
        <translation>Clôture du tour de vote %1</translation>
    </message>
    <message>
        <source>Reopen the voting round %1</source>
        <translation>Réouverture du tour de vote %1</translation>
    </message>
    <message>
        <source>Apply the result of %1</source>
        <translation>Application du résultat de %1</translation>
    </message>
    <message>
        <source>Kemeny–Young counts at most %1 initiatives exactly; choose Schulze for this ballot.</source>
        <translation>Kemeny–Young ne dépouille exactement que %1 initiatives au plus&#xa0;; choisissez Schulze pour ce bulletin.</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>Clôture de %1</translation>
    </message>
    <message>
        <source>Priorities set from %1</source>
        <translation>Priorités fixées d’après %1</translation>
    </message>
    <message>
        <source>Only ranking ballots can be imported; this round uses another kind of ballot.</source>
        <translation>Seuls les bulletins de classement peuvent être importés&#xa0;; ce tour utilise un autre type de bulletin.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is not a voter,ranking CSV</source>
        <translation>le fichier n’est pas un CSV voter,ranking</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a voter of this round.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» ne vote pas dans ce tour.</translation>
    </message>
    <message>
        <source>Line %1: a second ballot for %2.</source>
        <translation>Ligne %1&#xa0;: un second bulletin pour %2.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not on this round&apos;s ballot.</source>
        <translation>Ligne %1&#xa0;: %2 ne figure pas sur le bulletin de ce tour.</translation>
    </message>
    <message>
        <source>The file holds no ballot.</source>
        <translation>Le fichier ne contient aucun bulletin.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n ballot(s) into %1</source>
        <translation>
            <numerusform>Import de %n bulletin dans %1</numerusform>
            <numerusform>Import de %n bulletins dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Your vote is invited in “%1”, until %2.</source>
        <translation>Votre vote est attendu pour «&#xa0;%1&#xa0;», jusqu’au %2.</translation>
    </message>
    <message>
        <source>Your vote is invited in “%1”.</source>
        <translation>Votre vote est attendu pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewReport</name>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, échéance le %1</translation>
    </message>
    <message>
        <source> — blocked: %1</source>
        <translation> — bloquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Successes to celebrate</source>
        <translation>Réussites à célébrer</translation>
    </message>
    <message>
        <source>Nothing was completed this week.</source>
        <translation>Rien n’a été terminé cette semaine.</translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation>Glissements</translation>
    </message>
    <message>
        <source>Nothing slipped.</source>
        <translation>Aucun glissement.</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>No blockers.</source>
        <translation>Aucun blocage.</translation>
    </message>
    <message>
        <source>Weekly objectives</source>
        <translation>Objectifs de la semaine</translation>
    </message>
    <message>
        <source>No objectives were set for this week.</source>
        <translation>Aucun objectif n’a été fixé pour cette semaine.</translation>
    </message>
    <message>
        <source>%1 met, %2 missed</source>
        <translation>atteints&#xa0;: %1, manqués&#xa0;: %2</translation>
    </message>
    <message>
        <source>missed:</source>
        <translation>manqué&#xa0;:</translation>
    </message>
    <message>
        <source>Next week&apos;s objectives</source>
        <translation>Objectifs de la semaine prochaine</translation>
    </message>
    <message>
        <source>None set yet.</source>
        <translation>Aucun fixé pour l’instant.</translation>
    </message>
    <message>
        <source>Week %1, %2 – %3</source>
        <translation>Semaine %1, du %2 au %3</translation>
    </message>
    <message>
        <source>Weekly review agenda</source>
        <translation>Ordre du jour de la revue hebdomadaire</translation>
    </message>
    <message>
        <source>Weekly review minutes</source>
        <translation>Compte rendu de la revue hebdomadaire</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseignés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
</context>
<context>
    <name>tiller::app::BinModel</name>
    <message numerus="yes">
        <source>%n initiative(s) in this bin</source>
        <translation>
            <numerusform>%n initiative dans ce bac</numerusform>
            <numerusform>%n initiatives dans ce bac</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Change code of %1</source>
        <translation>Modification du code de %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommage de %1</translation>
    </message>
    <message>
        <source>Change domain of %1</source>
        <translation>Modification du domaine de %1</translation>
    </message>
    <message>
        <source>Change owner of %1</source>
        <translation>Modification du responsable de %1</translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <translation>Modification du statut de %1</translation>
    </message>
    <message>
        <source>A priority is a whole number from 1 (first); leave it empty for none.</source>
        <translation>Une priorité est un entier à partir de 1 (la première)&#xa0;; laissez vide pour aucune.</translation>
    </message>
    <message>
        <source>Change priority of %1</source>
        <translation>Modification de la priorité de %1</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date.</translation>
    </message>
    <message>
        <source>Change start of %1</source>
        <translation>Modification du début de %1</translation>
    </message>
    <message>
        <source>Change end of %1</source>
        <translation>Modification de la fin de %1</translation>
    </message>
    <message>
        <source>Change horizon of %1</source>
        <translation>Modification de l’horizon de %1</translation>
    </message>
    <message>
        <source>A budget is an amount of zero or more.</source>
        <translation>Un budget est un montant positif ou nul.</translation>
    </message>
    <message>
        <source>Change budget of %1</source>
        <translation>Modification du budget de %1</translation>
    </message>
</context>
<context>
    <name>tiller::app::DashboardData</name>
    <message>
        <source>No team</source>
        <translation>Sans équipe</translation>
    </message>
</context>
<context>
    <name>tiller::app::DemoBuilder</name>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Centre d’appels</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Technician visit</source>
        <translation>Intervention d’un technicien</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Chat en ligne</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
</context>
<context>
    <name>tiller::app::DomainModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Edit domain %1</source>
        <translation>Modification du domaine %1</translation>
    </message>
    <message>
        <source>New domain %1</source>
        <translation>Nouveau domaine %1</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Ajout d’un domaine</translation>
    </message>
    <message>
        <source>Delete domain %1</source>
        <translation>Suppression du domaine %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n domains</source>
        <translation>
            <numerusform>Suppression de %n domaine</numerusform>
            <numerusform>Suppression de %n domaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tiller::app::InitiativeModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de douleur</translation>
    </message>
    <message>
        <source>Change code of %1</source>
        <translation>Modification du code de %1</translation>
    </message>
    <message>
        <source>Change title of %1</source>
        <translation>Modification du titre de %1</translation>
    </message>
    <message>
        <source>Change domain of %1</source>
        <translation>Modification du domaine de %1</translation>
    </message>
    <message>
        <source>Change owner of %1</source>
        <translation>Modification du responsable de %1</translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <translation>Modification du statut de %1</translation>
    </message>
    <message>
        <source>Change horizon of %1</source>
        <translation>Modification de l’horizon de %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>A priority is a whole number from 1 (first); leave it empty for none.</source>
        <translation>Une priorité est un entier à partir de 1 (la première)&#xa0;; laissez vide pour aucune.</translation>
    </message>
    <message>
        <source>Change priority of %1</source>
        <translation>Modification de la priorité de %1</translation>
    </message>
</context>
<context>
    <name>tiller::app::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajout d’une personne</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Suppression de %n personne</numerusform>
            <numerusform>Suppression de %n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tiller::app::PriorityModel</name>
    <message>
        <source>Quick win</source>
        <translation>Gain rapide</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation>Projet majeur</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Bouche-trou</translation>
    </message>
    <message>
        <source>Money pit</source>
        <translation>Gouffre financier</translation>
    </message>
    <message>
        <source>Not scored on: %1</source>
        <translation>Non noté sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tied at %1 with %2 (same score); listed by value, then effort, then code.</source>
        <translation>Ex æquo au rang %1 avec %2 (même score)&#xa0;; classés par valeur, puis effort, puis code.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
</context>
<context>
    <name>tiller::app::RaciModel</name>
    <message>
        <source>Bin %1: %2</source>
        <translation>Bac %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Initiative %1: %2</source>
        <translation>Initiative %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no role</source>
        <translation>%1&#xa0;: aucun rôle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Bin or initiative</source>
        <translation>Bac ou initiative</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>%1
%2 × A</source>
        <translation>%1
%2 × A</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) is accountable for %n item(s); the limit is %3.</source>
        <translation>
            <numerusform>%1 (%2) est garant (A) de %n élément&#xa0;; la limite est de %3.</numerusform>
            <numerusform>%1 (%2) est garant (A) de %n éléments&#xa0;; la limite est de %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>no team</source>
        <translation>sans équipe</translation>
    </message>
    <message>
        <source>Clear %1&apos;s RACI role</source>
        <translation>Retrait du rôle RACI de %1</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>Attribution du rôle %2 à %1</translation>
    </message>
</context>
<context>
    <name>tiller::app::RequestModel</name>
    <message>
        <source>Returned: %1</source>
        <translation>Renvoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 person-days</source>
        <translation>%1 jours-personne</translation>
    </message>
    <message>
        <source>Estimated benefit over a year (empty: not estimated)</source>
        <translation>Bénéfice estimé sur un an (vide&#xa0;: non estimé)</translation>
    </message>
    <message>
        <source>Estimated cost (empty: not estimated)</source>
        <translation>Coût estimé (vide&#xa0;: non estimé)</translation>
    </message>
    <message>
        <source>Estimated effort in person-days (empty: not estimated)</source>
        <translation>Effort estimé en jours-personne (vide&#xa0;: non estimé)</translation>
    </message>
    <message>
        <source>The board session whose agenda carries the request</source>
        <translation>La séance du comité dont l’ordre du jour porte la demande</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Effort (d)</source>
        <translation>Effort (j)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Retitle %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Change urgency of %1</source>
        <translation>Changer l’urgence de %1</translation>
    </message>
</context>
<context>
    <name>tiller::app::ScoreSheetModel</name>
    <message>
        <source>Benefit side, weight %1, scale %2–%3</source>
        <translation>Côté bénéfice, poids %1, échelle %2–%3</translation>
    </message>
    <message>
        <source>Cost side, weight %1, scale %2–%3</source>
        <translation>Côté coût, poids %1, échelle %2–%3</translation>
    </message>
    <message>
        <source>The stakeholders disagree: settle on a value together (proposed: the median, %1).</source>
        <translation>Les parties prenantes sont en désaccord&#xa0;: convenez ensemble d’une valeur (proposée&#xa0;: la médiane, %1).</translation>
    </message>
    <message>
        <source>The stakeholders&apos; median.</source>
        <translation>La médiane des parties prenantes.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s): mean %1, median %2, standard deviation %3</source>
        <translation>
            <numerusform>%n partie prenante&#xa0;: moyenne %1, médiane %2, écart type %3</numerusform>
            <numerusform>%n parties prenantes&#xa0;: moyenne %1, médiane %2, écart type %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (all %n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (tous les %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%n)</source>
        <translation>
            <numerusform>%1–%2 (%n)</numerusform>
            <numerusform>%1–%2 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Agreed value</source>
        <translation>Valeur retenue</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 takes a value from %2 to %3.</source>
        <translation>%1 prend une valeur de %2 à %3.</translation>
    </message>
    <message>
        <source>Score %1 on %2</source>
        <translation>Note de %1 sur %2</translation>
    </message>
    <message>
        <source>Adopt the stakeholders&apos; consensus for %1</source>
        <translation>Adoption du consensus des parties prenantes pour %1</translation>
    </message>
    <message>
        <source>%1&apos;s score</source>
        <translation>Note de %1</translation>
    </message>
    <message>
        <source>Private score</source>
        <translation>Note individuelle</translation>
    </message>
    <message>
        <source>%1 scores %2 on %3</source>
        <translation>%1 note %2 sur %3</translation>
    </message>
</context>
<context>
    <name>tiller::app::TaskModel</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bac</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloquée par</translation>
    </message>
    <message>
        <source>Rename task “%1”</source>
        <translation>Renommage de la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1” to another bin</source>
        <translation>Déplacement de «&#xa0;%1&#xa0;» vers un autre bac</translation>
    </message>
    <message>
        <source>Give “%1” to someone else</source>
        <translation>Réattribution de «&#xa0;%1&#xa0;» à une autre personne</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date.</translation>
    </message>
    <message>
        <source>Change the deadline of “%1”</source>
        <translation>Modification de l’échéance de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Use “Mark Blocked…” to say what blocks “%1”.</source>
        <translation>Utilisez «&#xa0;Marquer comme bloquée…&#xa0;» pour indiquer ce qui bloque «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An estimate is a number of days.</source>
        <translation>Une estimation est un nombre de jours.</translation>
    </message>
    <message>
        <source>Change the estimate of “%1”</source>
        <translation>Modification de l’estimation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change what blocks “%1”</source>
        <translation>Modification de ce qui bloque «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tiller::app::demo</name>
    <message>
        <source>sponsor</source>
        <translation>sponsor</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secrétaire</translation>
    </message>
    <message>
        <source>voice of the customer</source>
        <translation>voix du client</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>Keeps the program inside the strategy: funds the bins, settles trade-offs, removes blockers.</source>
        <translation>Maintient le programme dans le cadre de la stratégie&#xa0;: finance les bacs, arbitre les choix, lève les blocages.</translation>
    </message>
    <message>
        <source>Change board</source>
        <translation>Comité de changement</translation>
    </message>
    <message>
        <source>Decides the new requests every month: approve, defer or reject, with a reason.</source>
        <translation>Statue chaque mois sur les nouvelles demandes&#xa0;: approbation, report ou rejet, avec un motif.</translation>
    </message>
    <message>
        <source>Customer-advocacy council</source>
        <translation>Conseil de la voix du client</translation>
    </message>
    <message>
        <source>Brings the customer&apos;s voice to decisions: verbatims, complaints and what front-line staff hear.</source>
        <translation>Fait entendre la voix du client dans les décisions&#xa0;: verbatims, réclamations et remontées des équipes de terrain.</translation>
    </message>
    <message>
        <source>Ambassadors network</source>
        <translation>Réseau des ambassadeurs</translation>
    </message>
    <message>
        <source>Carries the CX culture into every team and brings back their ideas.</source>
        <translation>Diffuse la culture CX dans chaque équipe et fait remonter leurs idées.</translation>
    </message>
    <message>
        <source>Steering committee: quarterly review</source>
        <translation>Comité de pilotage&#xa0;: revue trimestrielle</translation>
    </message>
    <message>
        <source>Budget of the onboarding bin confirmed.
The billing bins move to the next quarter.</source>
        <translation>Budget du bac d’accueil des nouveaux clients confirmé.
Les bacs de facturation passent au trimestre suivant.</translation>
    </message>
    <message>
        <source>One accountable person named for every bin under way.</source>
        <translation>Un garant (A) désigné pour chaque bac en cours.</translation>
    </message>
    <message>
        <source>The dashboard becomes the monthly report to the executive committee.
A second ambassador per team.</source>
        <translation>Le tableau de bord devient le rapport mensuel au comité de direction.
Un deuxième ambassadeur par équipe.</translation>
    </message>
    <message>
        <source>The three most cited pains of the move journey go to the change board.</source>
        <translation>Les trois points de douleur les plus cités du parcours déménagement sont transmis au comité de changement.</translation>
    </message>
    <message>
        <source>First assessment, with the steering committee.</source>
        <translation>Première évaluation, avec le comité de pilotage.</translation>
    </message>
    <message>
        <source>Half-way: the change board and the ambassadors are in place.</source>
        <translation>À mi-parcours&#xa0;: le comité de changement et les ambassadeurs sont en place.</translation>
    </message>
    <message>
        <source>A year on, with the customer-advocacy council.</source>
        <translation>Un an plus tard, avec le conseil de la voix du client.</translation>
    </message>
</context>
<context>
    <name>tiller::core::Scoring</name>
    <message>
        <source>Benefit and cost</source>
        <translation>Bénéfices et coûts</translation>
    </message>
    <message>
        <source>RICE</source>
        <translation>RICE</translation>
    </message>
    <message>
        <source>WSJF</source>
        <translation>WSJF</translation>
    </message>
    <message>
        <source>Customer benefit</source>
        <translation>Bénéfice client</translation>
    </message>
    <message>
        <source>Pain-point severity</source>
        <translation>Gravité du point de douleur</translation>
    </message>
    <message>
        <source>Revenue and retention</source>
        <translation>Chiffre d’affaires et fidélisation</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Reach (people per quarter)</source>
        <translation>Portée (personnes par trimestre)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Confidence (%)</source>
        <translation>Confiance (%)</translation>
    </message>
    <message>
        <source>Effort (person-months)</source>
        <translation>Effort (mois-personne)</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Valeur métier</translation>
    </message>
    <message>
        <source>Time criticality</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Risk reduction and opportunity enablement</source>
        <translation>Réduction des risques et ouverture d’opportunités</translation>
    </message>
    <message>
        <source>Job size</source>
        <translation>Taille du travail</translation>
    </message>
</context>
<context>
    <name>tiller::gui::AhpDialog</name>
    <message>
        <source>9 — extremely more</source>
        <translation>9 — extrêmement plus</translation>
    </message>
    <message>
        <source>7 — very strongly more</source>
        <translation>7 — très fortement plus</translation>
    </message>
    <message>
        <source>5 — strongly more</source>
        <translation>5 — fortement plus</translation>
    </message>
    <message>
        <source>3 — moderately more</source>
        <translation>3 — modérément plus</translation>
    </message>
    <message>
        <source>1 — equally</source>
        <translation>1 — autant</translation>
    </message>
    <message>
        <source>1/3 — moderately less</source>
        <translation>1/3 — modérément moins</translation>
    </message>
    <message>
        <source>1/5 — strongly less</source>
        <translation>1/5 — fortement moins</translation>
    </message>
    <message>
        <source>1/7 — very strongly less</source>
        <translation>1/7 — très fortement moins</translation>
    </message>
    <message>
        <source>1/9 — extremely less</source>
        <translation>1/9 — extrêmement moins</translation>
    </message>
    <message>
        <source>Weights from Pairwise Comparisons</source>
        <translation>Poids par comparaisons par paires</translation>
    </message>
    <message>
        <source>Comparison matrix</source>
        <translation>Matrice de comparaisons</translation>
    </message>
    <message>
        <source>How much more important is %1 than %2?</source>
        <translation>Dans quelle mesure %1 est-il plus important que %2&#xa0;?</translation>
    </message>
    <message>
        <source>Read each row: how much more important is the row&apos;s criterion than the column&apos;s? Tiller derives the weights (the principal eigenvector) and checks that your answers hang together (consistency ratio at most 0.10).</source>
        <translation>Lisez chaque ligne&#xa0;: dans quelle mesure le critère de la ligne est-il plus important que celui de la colonne&#xa0;? Tiller en déduit les poids (le vecteur propre principal) et vérifie que vos réponses sont cohérentes (ratio de cohérence de 0,10 au plus).</translation>
    </message>
    <message>
        <source>&amp;Use These Weights</source>
        <translation>&amp;Utiliser ces poids</translation>
    </message>
    <message>
        <source>These comparisons can&apos;t be computed.</source>
        <translation>Ces comparaisons ne peuvent pas être calculées.</translation>
    </message>
    <message>
        <source>Weights: %1. Consistency ratio %2.</source>
        <translation>Poids&#xa0;: %1. Ratio de cohérence %2.</translation>
    </message>
    <message>
        <source>The comparisons contradict each other (ratio above 0.10): revisit them before using these weights.</source>
        <translation>Les comparaisons se contredisent (ratio supérieur à 0,10)&#xa0;: revoyez-les avant d’utiliser ces poids.</translation>
    </message>
</context>
<context>
    <name>tiller::gui::AssessmentDialog</name>
    <message>
        <source>New CX Maturity Assessment</source>
        <translation>Nouvelle évaluation de la maturité CX</translation>
    </message>
    <message>
        <source>CX Maturity Assessment</source>
        <translation>Évaluation de la maturité CX</translation>
    </message>
    <message>
        <source>Who answered, and what was discussed</source>
        <translation>Qui a répondu, et ce qui a été discuté</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Date de l’évaluation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Record the maturity assessment of %1</source>
        <translation>Enregistrement de l’évaluation de maturité du %1</translation>
    </message>
    <message>
        <source>Edit the maturity assessment of %1</source>
        <translation>Modification de l’évaluation de maturité du %1</translation>
    </message>
</context>
<context>
    <name>tiller::gui::BinDialog</name>
    <message>
        <source>&amp;Dated</source>
        <translation>&amp;Daté</translation>
    </message>
    <message>
        <source>New Bin</source>
        <translation>Nouveau bac</translation>
    </message>
    <message>
        <source>Bin %1</source>
        <translation>Bac %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>An undated bin is planned by its horizon only.</source>
        <translation>Un bac non daté est planifié uniquement d’après son horizon.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Prédécesseur</translation>
    </message>
    <message>
        <source>Lag (days)</source>
        <translation>Décalage (jours)</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Prédécesseurs</translation>
    </message>
    <message>
        <source>This bin starts once each predecessor has ended, plus the lag.</source>
        <translation>Ce bac commence après la fin de chaque prédécesseur, plus le décalage.</translation>
    </message>
    <message>
        <source>Bin to add as a predecessor</source>
        <translation>Bac à ajouter comme prédécesseur</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;maine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>R&amp;esponsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizon&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget&#xa0;:</translation>
    </message>
    <message>
        <source>Predecessors (finish to start):</source>
        <translation>Prédécesseurs (fin à début)&#xa0;:</translation>
    </message>
    <message>
        <source>New bin</source>
        <translation>Nouveau bac</translation>
    </message>
    <message>
        <source>Days between the predecessor&apos;s end and this bin&apos;s start</source>
        <translation>Jours entre la fin du prédécesseur et le début de ce bac</translation>
    </message>
    <message>
        <source>This bin was deleted meanwhile.</source>
        <translation>Ce bac a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>New bin %1</source>
        <translation>Nouveau bac %1</translation>
    </message>
    <message>
        <source>Predecessors of %1</source>
        <translation>Modification des prédécesseurs de %1</translation>
    </message>
    <message>
        <source>%1 is not marked done: its definition of done is still open.</source>
        <translation>%1 n’est pas marqué comme terminé&#xa0;: sa définition de terminé comporte encore des critères ouverts.</translation>
    </message>
    <message>
        <source> person-days</source>
        <translation> jours-personne</translation>
    </message>
    <message>
        <source>from tasks</source>
        <translation>selon les tâches</translation>
    </message>
    <message>
        <source>The load this bin puts on its domain; left at “from tasks”, the estimates of its open tasks count instead.</source>
        <translation>La charge que ce bac fait peser sur son domaine&#xa0;; laissée à «&#xa0;selon les tâches&#xa0;», ce sont les estimations de ses tâches ouvertes qui comptent.</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Effort&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tiller::gui::BinsView</name>
    <message>
        <source>Search bin code or name…</source>
        <translation>Rechercher par code ou nom de bac…</translation>
    </message>
    <message>
        <source>Search bins</source>
        <translation>Rechercher des bacs</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation>Filtrer par domaine</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par responsable</translation>
    </message>
    <message>
        <source>Project bins</source>
        <translation>Bacs à projets</translation>
    </message>
    <message>
        <source>Initiatives in the selected bin</source>
        <translation>Initiatives du bac sélectionné</translation>
    </message>
    <message>
        <source>Unassigned initiatives</source>
        <translation>Initiatives non affectées</translation>
    </message>
    <message>
        <source>Drag initiatives onto another bin&apos;s row to move them; drop initiatives here to add them to this bin.</source>
        <translation>Faites glisser des initiatives sur la ligne d’un autre bac pour les y déplacer&#xa0;; déposez des initiatives ici pour les ajouter à ce bac.</translation>
    </message>
    <message>
        <source>Drag initiatives onto a bin&apos;s row; drop initiatives here to take them out of their bin.</source>
        <translation>Faites glisser des initiatives sur la ligne d’un bac&#xa0;; déposez des initiatives ici pour les retirer de leur bac.</translation>
    </message>
    <message>
        <source>Search unassigned initiatives…</source>
        <translation>Rechercher parmi les initiatives non affectées…</translation>
    </message>
    <message>
        <source>Search unassigned initiatives</source>
        <translation>Rechercher parmi les initiatives non affectées</translation>
    </message>
    <message>
        <source>&amp;New Bin…</source>
        <translation>&amp;Nouveau bac…</translation>
    </message>
    <message>
        <source>Add a project bin (Ctrl+Shift+B)</source>
        <translation>Ajouter un bac à projets (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>&amp;Edit Bin…</source>
        <translation>&amp;Modifier le bac…</translation>
    </message>
    <message>
        <source>Edit the selected bin and its predecessors (Enter or double-click)</source>
        <translation>Modifier le bac sélectionné et ses prédécesseurs (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Delete Bin</source>
        <translation>&amp;Supprimer le bac</translation>
    </message>
    <message>
        <source>Delete the selected bin; its initiatives become unassigned (Del)</source>
        <translation>Supprimer le bac sélectionné&#xa0;; ses initiatives ne sont plus affectées (Suppr)</translation>
    </message>
    <message>
        <source>De&amp;rive Priorities</source>
        <translation>&amp;Déduire les priorités</translation>
    </message>
    <message>
        <source>Number the bins 1…n by their initiatives&apos; priorities (best first)</source>
        <translation>Numéroter les bacs 1…n d’après les priorités de leurs initiatives (le meilleur en premier)</translation>
    </message>
    <message>
        <source>&amp;Remove from Bin</source>
        <translation>&amp;Retirer du bac</translation>
    </message>
    <message>
        <source>Take the selected initiatives out of this bin (Del)</source>
        <translation>Retirer les initiatives sélectionnées de ce bac (Suppr)</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message numerus="yes">
        <source>%n bin(s)</source>
        <translation>
            <numerusform>%n bac</numerusform>
            <numerusform>%n bacs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n bin(s)</source>
        <translation>
            <numerusform>%1 sur %n bac</numerusform>
            <numerusform>%1 sur %n bacs</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned initiatives (%1)</source>
        <translation>Initiatives non affectées (%1)</translation>
    </message>
    <message>
        <source>Select a bin to see its initiatives.</source>
        <translation>Sélectionnez un bac pour voir ses initiatives.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n initiative(s)</source>
        <translation>
            <numerusform>%1 — %2&#xa0;: %n initiative</numerusform>
            <numerusform>%1 — %2&#xa0;: %n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1. Drag initiatives onto its row to fill it.</source>
        <translation>%1 ajouté. Faites glisser des initiatives sur sa ligne pour le remplir.</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation>Supprimer %1 «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n initiative(s) will be unassigned.</source>
        <translation>
            <numerusform>%n initiative ne sera plus affectée.</numerusform>
            <numerusform>%n initiatives ne seront plus affectées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n dependenc(ies) will be removed.</source>
        <translation>
            <numerusform>%n dépendance sera supprimée.</numerusform>
            <numerusform>%n dépendances seront supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo brings everything back.</source>
        <translation>Annuler rétablit tout.</translation>
    </message>
    <message>
        <source>Delete Bin</source>
        <translation>Supprimer le bac</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with %2.</source>
        <translation>%1 supprimé. Annulez avec %2.</translation>
    </message>
    <message>
        <source>The bins&apos; priorities already follow their initiatives&apos; priorities.</source>
        <translation>Les priorités des bacs suivent déjà celles de leurs initiatives.</translation>
    </message>
    <message>
        <source>Derive bin priorities</source>
        <translation>Déduction des priorités des bacs</translation>
    </message>
    <message numerus="yes">
        <source>%n bin priorit(ies) changed to follow their initiatives.</source>
        <translation>
            <numerusform>%n priorité de bac modifiée pour suivre ses initiatives.</numerusform>
            <numerusform>%n priorités de bacs modifiées pour suivre leurs initiatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;harter…</source>
        <translation>C&amp;harte…</translation>
    </message>
    <message>
        <source>Edit the selected bin&apos;s charter: objectives, scope, phases, definition of done (Ctrl+Shift+H)</source>
        <translation>Modifier la charte du bac sélectionné&#xa0;: objectifs, périmètre, phases, définition de terminé (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>E&amp;xport Charter…</source>
        <translation>E&amp;xporter la charte…</translation>
    </message>
    <message>
        <source>Write the selected bin&apos;s charter to a one- or two-page PDF</source>
        <translation>Écrire la charte du bac sélectionné dans un PDF d’une ou deux pages</translation>
    </message>
    <message>
        <source>Exported the charter of %1 to %2</source>
        <translation>Charte de %1 exportée vers %2</translation>
    </message>
    <message>
        <source>Guardrails crossed</source>
        <translation>Cadre stratégique dépassé</translation>
    </message>
</context>
<context>
    <name>tiller::gui::BoardSessionPanel</name>
    <message>
        <source>&amp;Schedule Next Session…</source>
        <translation>&amp;Planifier la prochaine séance…</translation>
    </message>
    <message>
        <source>&amp;Gather Agenda</source>
        <translation>&amp;Rassembler l’ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>De&amp;fer…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Decision</source>
        <translation>Re&amp;tirer la décision</translation>
    </message>
    <message>
        <source>&amp;Close Session…</source>
        <translation>&amp;Clore la séance…</translation>
    </message>
    <message>
        <source>Export A&amp;genda…</source>
        <translation>Exporter l’ordre du jo&amp;ur…</translation>
    </message>
    <message>
        <source>Export &amp;Minutes…</source>
        <translation>Exporter le procès-&amp;verbal…</translation>
    </message>
    <message>
        <source>Board session</source>
        <translation>Séance du comité</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What was said: context, concerns, follow-ups…</source>
        <translation>Ce qui a été dit&#xa0;: contexte, réserves, suites…</translation>
    </message>
    <message>
        <source>Approve the selected request (Ctrl+Shift+A)</source>
        <translation>Approuver la demande choisie (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Defer the selected request to a later session</source>
        <translation>Reporter la demande choisie à une séance ultérieure</translation>
    </message>
    <message>
        <source>Reject the selected request, with a reason</source>
        <translation>Rejeter la demande choisie, avec un motif</translation>
    </message>
    <message>
        <source>Close the session: its decisions become final</source>
        <translation>Clore la séance&#xa0;: ses décisions deviennent définitives</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Séance&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ordre du jour&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendees&lt;/b&gt;</source>
        <translation>&lt;b&gt;Participants&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — closed</source>
        <translation>%1 — close</translation>
    </message>
    <message>
        <source>%1 — open</source>
        <translation>%1 — ouverte</translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation>Aucune séance pour l’instant</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>à décider</translation>
    </message>
    <message>
        <source>No session planned. Schedule the next one: the qualified requests make its agenda.</source>
        <translation>Aucune séance prévue. Planifiez la prochaine&#xa0;: les demandes qualifiées forment son ordre du jour.</translation>
    </message>
    <message numerus="yes">
        <source>Closed: %n decision(s), final.</source>
        <translation>
            <numerusform>Close&#xa0;: %n décision, définitive.</numerusform>
            <numerusform>Close&#xa0;: %n décisions, définitives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: %1 of %n request(s) decided.</source>
        <translation>
            <numerusform>Ouverte&#xa0;: %1 demande décidée sur %n.</numerusform>
            <numerusform>Ouverte&#xa0;: %1 demandes décidées sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on the agenda yet: qualified requests are gathered here.</source>
        <translation>Rien à l’ordre du jour pour l’instant&#xa0;: les demandes qualifiées sont rassemblées ici.</translation>
    </message>
    <message>
        <source>No session selected.</source>
        <translation>Aucune séance choisie.</translation>
    </message>
    <message>
        <source>%1 · submitted by %2 on %3</source>
        <translation>%1 · déposée par %2 le %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Benefit / cost</source>
        <translation>Bénéfice / coût</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>%1 person-days</source>
        <translation>%1 jours-personne</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>Souhaitée pour</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Éléments&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pain points: %1</source>
        <translation>Irritants&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation>Ressemble à&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; le %2</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>became %1 in %2</source>
        <translation>devenue %1 dans %2</translation>
    </message>
    <message>
        <source>became %1</source>
        <translation>devenue %1</translation>
    </message>
    <message>
        <source>back on %1</source>
        <translation>de retour le %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not decided yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pas encore décidée.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not decided: carried over.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Non décidée&#xa0;: reportée à la séance suivante.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Change the attendees</source>
        <translation>Modifier les participants</translation>
    </message>
    <message>
        <source>Edit the session&apos;s notes</source>
        <translation>Modifier les notes de la séance</translation>
    </message>
    <message>
        <source>Schedule a Board Session</source>
        <translation>Planifier une séance du comité</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Another session is held that month: say why this one is needed.</source>
        <translation>Une autre séance a lieu ce mois-là&#xa0;: dites pourquoi celle-ci est nécessaire.</translation>
    </message>
    <message numerus="yes">
        <source>The cadence (%1) proposes %2. %n qualified request(s) will make its agenda.</source>
        <translation>
            <numerusform>La cadence (%1) propose le %2. %n demande qualifiée formera son ordre du jour.</numerusform>
            <numerusform>La cadence (%1) propose le %2. %n demandes qualifiées formeront son ordre du jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>A second session in one month needs a reason.</source>
        <translation>Une deuxième séance dans le même mois a besoin d’un motif.</translation>
    </message>
    <message>
        <source>Schedule the board session of %1</source>
        <translation>Planifier la séance du comité du %1</translation>
    </message>
    <message numerus="yes">
        <source>Session of %1 scheduled with %n request(s) on its agenda.</source>
        <translation>
            <numerusform>Séance du %1 planifiée avec %n demande à l’ordre du jour.</numerusform>
            <numerusform>Séance du %1 planifiée avec %n demandes à l’ordre du jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to add: every qualified request is on an agenda.</source>
        <translation>Rien de nouveau à ajouter&#xa0;: chaque demande qualifiée est à un ordre du jour.</translation>
    </message>
    <message>
        <source>Gather the agenda</source>
        <translation>Rassembler l’ordre du jour</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) added to the agenda.</source>
        <translation>
            <numerusform>%n demande ajoutée à l’ordre du jour.</numerusform>
            <numerusform>%n demandes ajoutées à l’ordre du jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <source>Due &amp;by:</source>
        <translation>&amp;Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Who and what it gets: people, days, budget</source>
        <translation>Ce qu’elle obtient&#xa0;: personnes, jours, budget</translation>
    </message>
    <message>
        <source>A new &amp;initiative in the inventory (no bin yet)</source>
        <translation>Une nouvelle &amp;initiative dans l’inventaire (sans bac pour l’instant)</translation>
    </message>
    <message>
        <source>A new initiative in an &amp;existing bin:</source>
        <translation>Une nouvelle initiative dans un bac &amp;existant&#xa0;:</translation>
    </message>
    <message>
        <source>A new &amp;bin of its own (with its initiative)</source>
        <translation>Un nouveau &amp;bac à elle (avec son initiative)</translation>
    </message>
    <message>
        <source>It becomes</source>
        <translation>Elle devient</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation>&amp;Ressources&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approved: %1 is now initiative %2.</source>
        <translation>Approuvée&#xa0;: %1 est maintenant l’initiative %2.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approuvée.</translation>
    </message>
    <message>
        <source>Defer %1</source>
        <translation>Reporter %1</translation>
    </message>
    <message>
        <source>What the board is waiting for</source>
        <translation>Ce qu’attend le comité</translation>
    </message>
    <message>
        <source>Back on the agenda &amp;from:</source>
        <translation>De retour à l’ordre du jour à &amp;partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
    <message>
        <source>Why is it rejected? The submitter will read this.</source>
        <translation>Pourquoi est-elle rejetée&#xa0;? Son auteur le lira.</translation>
    </message>
    <message>
        <source>Not rejected: a rejection needs a reason.</source>
        <translation>Pas rejetée&#xa0;: un rejet a besoin d’un motif.</translation>
    </message>
    <message>
        <source>Withdraw the decision on %1</source>
        <translation>Retirer la décision sur %1</translation>
    </message>
    <message>
        <source>Close the session of %1? Its decisions become final: they can&apos;t be undone or changed afterwards.</source>
        <translation>Clore la séance du %1&#xa0;? Ses décisions deviennent définitives&#xa0;: elles ne pourront plus être annulées ni modifiées.</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided request(s) will wait for the next session.</source>
        <translation>
            <numerusform>%n demande non décidée attendra la prochaine séance.</numerusform>
            <numerusform>%n demandes non décidées attendront la prochaine séance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Session</source>
        <translation>Clore la séance</translation>
    </message>
    <message>
        <source>Close the board session of %1</source>
        <translation>Clore la séance du comité du %1</translation>
    </message>
    <message>
        <source>Session closed. Export the minutes to share them.</source>
        <translation>Séance close. Exportez le procès-verbal pour le partager.</translation>
    </message>
    <message>
        <source>Agenda written to %1</source>
        <translation>Ordre du jour écrit dans %1</translation>
    </message>
    <message>
        <source>Minutes written to %1</source>
        <translation>Procès-verbal écrit dans %1</translation>
    </message>
</context>
<context>
    <name>tiller::gui::BodyDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role in the body</source>
        <translation>Rôle dans l’instance</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>&amp;Next meeting</source>
        <translation>Prochaine &amp;réunion</translation>
    </message>
    <message>
        <source>New Governance Body</source>
        <translation>Nouvelle instance de gouvernance</translation>
    </message>
    <message>
        <source>Governance Body</source>
        <translation>Instance de gouvernance</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>What the body decides or advises on</source>
        <translation>Ce sur quoi l’instance décide ou donne son avis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Mission&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Président&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;adence:</source>
        <translation>&amp;Cadence&#xa0;:</translation>
    </message>
    <message>
        <source>The change board&apos;s cadence is the program&apos;s: its sessions follow it.</source>
        <translation>La cadence du comité de changement est celle du programme&#xa0;: ses séances la suivent.</translation>
    </message>
    <message>
        <source>&amp;Members (tick them; say their role if it is not plain membership):</source>
        <translation>M&amp;embres (cochez-les&#xa0;; précisez leur rôle s’ils ne sont pas simples membres)&#xa0;:</translation>
    </message>
    <message>
        <source>Add the body “%1”</source>
        <translation>Ajout de l’instance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the body “%1”</source>
        <translation>Modification de l’instance «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tiller::gui::ChangeBoardView</name>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Decision Log</source>
        <translation>&amp;Journal des décisions</translation>
    </message>
</context>
<context>
    <name>tiller::gui::CharterDialog</name>
    <message>
        <source>Charter of %1 (template)</source>
        <translation>Charte de %1 (modèle)</translation>
    </message>
    <message>
        <source>Charter of %1</source>
        <translation>Charte de %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Template.&lt;/b&gt; This bin has no charter yet: the prompts and the starter phases and success criteria below are suggestions. Edit them; nothing is saved until you press OK.</source>
        <translation>&lt;b&gt;Modèle.&lt;/b&gt; Ce bac n’a pas encore de charte&#xa0;: les textes d’aide ainsi que les phases et critères de réussite de départ ci-dessous sont des suggestions. Modifiez-les&#xa0;; rien n’est enregistré tant que vous n’avez pas cliqué sur OK.</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>Expected &amp;benefits:</source>
        <translation>&amp;Bénéfices attendus&#xa0;:</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Scope &amp;in:</source>
        <translation>&amp;Inclus dans le périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>Scope &amp;out:</source>
        <translation>&amp;Hors périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>&amp;Risks and how we handle them:</source>
        <translation>&amp;Risques et manière de les traiter&#xa0;:</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Definition of Done</source>
        <translation>Définition de terminé</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Write the charter as it stands here to a one- or two-page PDF</source>
        <translation>Écrire la charte telle qu’elle est ici dans un PDF d’une ou deux pages</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>The major phases, in order, with their dates (write dates like 2026-03-31)</source>
        <translation>Les grandes phases, dans l’ordre, avec leurs dates (écrivez les dates comme 2026-03-31)</translation>
    </message>
    <message>
        <source>&amp;Add Phase</source>
        <translation>&amp;Ajouter une phase</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Major phases and their dates:</source>
        <translation>Grandes phases et leurs dates&#xa0;:</translation>
    </message>
    <message>
        <source>Definition of done</source>
        <translation>Définition de terminé</translation>
    </message>
    <message>
        <source>Success criteria: tick each one when it is met. Double-click or F2 to edit the text.</source>
        <translation>Critères de réussite&#xa0;: cochez chacun d’eux lorsqu’il est atteint. Double-cliquez ou appuyez sur F2 pour modifier le texte.</translation>
    </message>
    <message>
        <source>&amp;Add Criterion</source>
        <translation>&amp;Ajouter un critère</translation>
    </message>
    <message>
        <source>The bin can be marked done once every criterion is ticked; marking it done earlier asks for a reason, kept in the audit trail.</source>
        <translation>Le bac peut être marqué comme terminé une fois tous les critères cochés&#xa0;; le marquer comme terminé plus tôt demande un motif, conservé dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Success criteria (the definition of done):</source>
        <translation>Critères de réussite (la définition de terminé)&#xa0;:</translation>
    </message>
    <message>
        <source>The bin&apos;s owner: change it in the bin dialog</source>
        <translation>Le responsable du bac&#xa0;: modifiez-le dans la fenêtre du bac</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Pas encore renseignées.</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sponsor:</source>
        <translation>&amp;Sponsor&#xa0;:</translation>
    </message>
    <message>
        <source>Responsibilities (RACI):</source>
        <translation>Responsabilités (RACI)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s definition of done still has %n open criterion(s):</source>
        <translation>
            <numerusform>La définition de terminé de %1 a encore %n critère ouvert&#xa0;:</numerusform>
            <numerusform>La définition de terminé de %1 a encore %n critères ouverts&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>To mark it done anyway, say why (kept in the audit trail). Cancel leaves it as it is.</source>
        <translation>Pour le marquer comme terminé malgré tout, indiquez pourquoi (le motif est conservé dans le journal d’audit). Annuler le laisse en l’état.</translation>
    </message>
    <message>
        <source>Mark %1 Done</source>
        <translation>Marquer %1 comme terminé</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>New success criterion</source>
        <translation>Nouveau critère de réussite</translation>
    </message>
    <message>
        <source>This bin was deleted meanwhile.</source>
        <translation>Ce bac a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it like 2026-03-31).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (écrivez-la comme 2026-03-31).</translation>
    </message>
    <message>
        <source>Edit charter of %1</source>
        <translation>Modification de la charte de %1</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Jalon atteint</translation>
    </message>
    <message>
        <source>The day the phase&apos;s milestone was reached: on or before its end, it was on time</source>
        <translation>Le jour où le jalon de la phase a été atteint&#xa0;: à sa date de fin ou avant, il était dans les délais</translation>
    </message>
    <message>
        <source>Mark Reache&amp;d</source>
        <translation>Marquer comme attei&amp;nt</translation>
    </message>
    <message>
        <source>Record that the selected phase&apos;s milestone was reached today, or clear it</source>
        <translation>Enregistrer que le jalon de la phase sélectionnée a été atteint aujourd’hui, ou effacer cette date</translation>
    </message>
    <message>
        <source>Not Reache&amp;d</source>
        <translation>Non attei&amp;nt</translation>
    </message>
</context>
<context>
    <name>tiller::gui::DashboardItemsDialog</name>
    <message>
        <source>Behind the Figure</source>
        <translation>Détail du chiffre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Items behind the figure</source>
        <translation>Éléments qui composent le chiffre</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the item where it is edited (or double-click it)</source>
        <translation>Ouvrir l’élément là où il se modifie (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <source>%1: nothing to show.</source>
        <translation>%1&#xa0;: rien à afficher.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n élément)</numerusform>
            <numerusform>%1 (%n éléments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tiller::gui::DashboardView</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES (lower is better)</source>
        <translation>CES (plus bas, c’est mieux)</translation>
    </message>
    <message>
        <source>Requests decided</source>
        <translation>Demandes décidées</translation>
    </message>
    <message>
        <source>Tasks on time</source>
        <translation>Tâches à l’heure</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Blocked tasks</source>
        <translation>Tâches bloquées</translation>
    </message>
    <message>
        <source>Budget committed</source>
        <translation>Budget engagé</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>No answers in the period</source>
        <translation>Aucune réponse sur la période</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 before</source>
        <translation>%1 (%2) · %3 avant</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>en progrès</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>en recul</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) done in the period</source>
        <translation>
            <numerusform>%n tâche terminée sur la période</numerusform>
            <numerusform>%n tâches terminées sur la période</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done, past their due date</source>
        <translation>Non terminées, échéance dépassée</translation>
    </message>
    <message>
        <source>Waiting on something</source>
        <translation>En attente de quelque chose</translation>
    </message>
    <message>
        <source>of %1 for %2 (%3%)</source>
        <translation>sur %1 pour %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>No envelope set for %1</source>
        <translation>Aucune enveloppe fixée pour %1</translation>
    </message>
    <message>
        <source>median lead time %1 days</source>
        <translation>délai médian %1 jours</translation>
    </message>
    <message>
        <source>no lead time yet</source>
        <translation>pas encore de délai</translation>
    </message>
    <message>
        <source>%1 received, %2 qualified; %3</source>
        <translation>%1 reçues, %2 qualifiées&#xa0;; %3</translation>
    </message>
    <message>
        <source>Monthly Report…</source>
        <translation>Rapport mensuel…</translation>
    </message>
    <message>
        <source>Report month</source>
        <translation>Mois du rapport</translation>
    </message>
    <message>
        <source>The month the monthly report covers</source>
        <translation>Le mois couvert par le rapport mensuel</translation>
    </message>
    <message>
        <source>Write the leaders&apos; monthly report as a PDF</source>
        <translation>Écrire en PDF le rapport mensuel destiné à la direction</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&lt;b&gt;KPIs against their targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;KPI par rapport à leurs cibles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut, c’est mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>Measured on %1</source>
        <translation>Mesuré le %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>No measurement</source>
        <translation>Aucune mesure</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Aucune cible</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Dans la cible</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Hors cible</translation>
    </message>
    <message>
        <source>no portfolio is open</source>
        <translation>aucun portefeuille n’est ouvert</translation>
    </message>
    <message>
        <source>Monthly report %1.pdf</source>
        <translation>Rapport mensuel %1.pdf</translation>
    </message>
    <message>
        <source>Export Monthly Report</source>
        <translation>Exporter le rapport mensuel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the monthly report of %1 to %2.</source>
        <translation>Rapport mensuel de %1 écrit dans %2.</translation>
    </message>
    <message>
        <source>The report was not written: %1.</source>
        <translation>Le rapport n’a pas été écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Show &amp;engagement and recognition (points, badges, leaderboards)</source>
        <translation>Afficher l’&amp;engagement et la reconnaissance (points, badges, classements)</translation>
    </message>
    <message>
        <source>Engagement and recognition: points, badges and leaderboards (the program&apos;s setting, kept in its file; Ctrl+Z undoes the change)</source>
        <translation>Engagement et reconnaissance&#xa0;: points, badges et classements (réglage du programme, enregistré dans son fichier&#xa0;; Ctrl+Z annule le changement)</translation>
    </message>
    <message>
        <source>Click to see the items behind this figure</source>
        <translation>Cliquez pour voir les éléments qui composent ce chiffre</translation>
    </message>
    <message>
        <source>Milestones on time</source>
        <translation>Jalons à l’heure</translation>
    </message>
    <message>
        <source>Work done vs plan</source>
        <translation>Travail fait / temps écoulé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Successes of the period</source>
        <translation>Réussites de la période</translation>
    </message>
    <message>
        <source>Celebrated in the weekly reviews, milestones reached on time, bins delivered; double-click to open</source>
        <translation>Succès célébrés en revue hebdomadaire, jalons atteints à temps, bacs livrés&#xa0;; double-cliquez pour ouvrir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Successes of the period&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réussites de la période&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No milestone due in the period</source>
        <translation>Aucun jalon à échéance sur la période</translation>
    </message>
    <message>
        <source>%1 on time, %2 late, %3 not reached; %4 to come</source>
        <translation>%1 à temps, %2 en retard, %3 non atteints&#xa0;; %4 à venir</translation>
    </message>
    <message numerus="yes">
        <source>Work done against time gone, mean of %n bin(s) under way</source>
        <translation>
            <numerusform>Travail fait / temps écoulé, moyenne de %n bac en cours</numerusform>
            <numerusform>Travail fait / temps écoulé, moyenne de %n bacs en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>No bin under way with dates and tasks</source>
        <translation>Aucun bac en cours avec des dates et des tâches</translation>
    </message>
    <message>
        <source>Click a bar to see the items behind it</source>
        <translation>Cliquez sur une barre pour voir les éléments qui la composent</translation>
    </message>
    <message>
        <source>Celebrated: %1</source>
        <translation>Succès célébré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Milestone reached: %1</source>
        <translation>Jalon atteint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delivered: %1</source>
        <translation>Livraison&#xa0;: %1</translation>
    </message>
    <message>
        <source>No success recorded in the period yet</source>
        <translation>Aucune réussite enregistrée sur la période pour l’instant</translation>
    </message>
    <message>
        <source>Show engagement and recognition</source>
        <translation>Affichage de l’engagement et de la reconnaissance</translation>
    </message>
    <message>
        <source>Hide engagement and recognition</source>
        <translation>Masquage de l’engagement et de la reconnaissance</translation>
    </message>
    <message>
        <source>Click a point to read what customers said that month</source>
        <translation>Cliquez sur un point pour lire ce que les clients ont dit ce mois-là</translation>
    </message>
</context>
<context>
    <name>tiller::gui::DecisionLogPanel</name>
    <message>
        <source>Search requests and reasons</source>
        <translation>Rechercher dans les demandes et les motifs</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>back on %1</source>
        <translation>de retour le %1</translation>
    </message>
    <message>
        <source>The session is still open: this decision can still change.</source>
        <translation>La séance est encore ouverte&#xa0;: cette décision peut encore changer.</translation>
    </message>
</context>
<context>
    <name>tiller::gui::DecisionsDialog</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 par %3</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Place then</source>
        <translation>Rang alors</translation>
    </message>
    <message>
        <source>Place now</source>
        <translation>Rang ensuite</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Score then</source>
        <translation>Score alors</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>Score ensuite</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Ce qui a bougé</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Avant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Now:</source>
        <translation>A&amp;près&#xa0;:</translation>
    </message>
    <message>
        <source>No decision recorded yet: closing a voting round or applying its result records one.</source>
        <translation>Aucune décision enregistrée&#xa0;: clore un tour de vote ou appliquer son résultat en enregistre une.</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>Modèle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Model: %1, then %2.</source>
        <translation>Modèle&#xa0;: %1, puis %2.</translation>
    </message>
    <message>
        <source>No weight changed.</source>
        <translation>Aucun poids n’a changé.</translation>
    </message>
    <message>
        <source>Weights changed: %1.</source>
        <translation>Poids modifiés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tiller::gui::DirectionDialog</name>
    <message>
        <source>CX Direction</source>
        <translation>Direction CX</translation>
    </message>
    <message>
        <source>the Chief Executive</source>
        <translation>le directeur général</translation>
    </message>
    <message>
        <source>A person accountable for more bins and initiatives than this is flagged as overloaded.</source>
        <translation>Une personne garante (A) de plus de bacs et d’initiatives que ce nombre est signalée comme surchargée.</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Dirigée par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation>&amp;Rattachée à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accountable for at most:</source>
        <translation>&amp;Plafond en tant que garant (A)&#xa0;:</translation>
    </message>
    <message>
        <source>Edit the CX direction</source>
        <translation>Modification de la direction CX</translation>
    </message>
</context>
<context>
    <name>tiller::gui::EngagementPanel</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Engagement and recognition&lt;/b&gt;</source>
        <translation>&lt;b&gt;Engagement et reconnaissance&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Points: %1. Badges: %2.</source>
        <translation>Points&#xa0;: %1. Badges&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Leaderboard by team</source>
        <translation>Classement par équipe</translation>
    </message>
    <message>
        <source>Leaderboard of the ambassadors</source>
        <translation>Classement des ambassadeurs</translation>
    </message>
    <message>
        <source>Points and badges of everyone</source>
        <translation>Points et badges de chacun</translation>
    </message>
    <message>
        <source>Double-click a person to see what they earned their points for</source>
        <translation>Double-cliquez sur une personne pour voir ce qui lui a valu ses points</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Par équipe</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tiller::gui::GovernanceView</name>
    <message>
        <source>CX &amp;Direction…</source>
        <translation>&amp;Direction CX…</translation>
    </message>
    <message>
        <source>E&amp;xport Master Plan…</source>
        <translation>E&amp;xporter le plan directeur…</translation>
    </message>
    <message>
        <source>The governance master plan as PDF: bodies, members, meetings, RACI and gaps</source>
        <translation>Le plan directeur de gouvernance en PDF&#xa0;: instances, membres, réunions, RACI et lacunes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Instances de gouvernance</translation>
    </message>
    <message>
        <source>&amp;Add Body…</source>
        <translation>&amp;Ajouter une instance…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Record &amp;Meeting…</source>
        <translation>Enregistrer une ré&amp;union…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Double-click a line to go where it can be mended</source>
        <translation>Double-cliquez sur une ligne pour aller là où elle peut être corrigée</translation>
    </message>
    <message>
        <source>Upcoming meetings (90 days)</source>
        <translation>Réunions à venir (90 jours)</translation>
    </message>
    <message>
        <source>Gaps: RACI and traceability</source>
        <translation>Lacunes&#xa0;: RACI et traçabilité</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;RACI Matrix</source>
        <translation>Matrice RA&amp;CI</translation>
    </message>
    <message>
        <source>CX &amp;Maturity</source>
        <translation>Maturi&amp;té CX</translation>
    </message>
    <message>
        <source>&lt;b&gt;CX direction&lt;/b&gt;: led by %1, reporting to %2. One person may be accountable for up to %3 items.</source>
        <translation>&lt;b&gt;Direction CX&lt;/b&gt;&#xa0;: responsable&#xa0;: %1 · rattachement&#xa0;: %2. Une personne peut être garante (A) de %3 éléments au plus.</translation>
    </message>
    <message>
        <source>&lt;i&gt;nobody named&lt;/i&gt;</source>
        <translation>&lt;i&gt;non désigné&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;not said&lt;/i&gt;</source>
        <translation>&lt;i&gt;non précisé&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Accountable for %n item(s)</source>
        <translation>
            <numerusform>Garant (A) de %n élément</numerusform>
            <numerusform>Garant (A) de %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain point with no initiative</source>
        <translation>Point de douleur sans initiative</translation>
    </message>
    <message>
        <source>Initiative tied to no pain point</source>
        <translation>Initiative liée à aucun point de douleur</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No governance body yet: add the steering committee, the change board, the customer-advocacy council and the ambassadors network.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aucune instance de gouvernance pour l’instant&#xa0;: ajoutez le comité de pilotage, le comité de changement, le conseil de la voix du client et le réseau des ambassadeurs.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Chair:&lt;/b&gt; %1 · &lt;b&gt;Meets:&lt;/b&gt; %2 · &lt;b&gt;Next:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Président&#xa0;:&lt;/b&gt; %1 · &lt;b&gt;Se réunit&#xa0;:&lt;/b&gt; %2 · &lt;b&gt;Prochaine&#xa0;:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Members&lt;/b&gt; (%1)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Membres&lt;/b&gt; (%1)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Meeting records&lt;/b&gt; (%1)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Comptes rendus de réunion&lt;/b&gt; (%1)&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1”? Its sessions stay in the change board.</source>
        <translation>Retirer «&#xa0;%1&#xa0;»&#xa0;? Ses séances restent dans le comité de changement.</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n meeting record(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Retirer «&#xa0;%1&#xa0;» et son compte rendu de réunion (%n)&#xa0;? Annuler les rétablit.</numerusform>
            <numerusform>Retirer «&#xa0;%1&#xa0;» et ses %n comptes rendus de réunion&#xa0;? Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Body</source>
        <translation>Retirer l’instance</translation>
    </message>
    <message>
        <source>Remove the body “%1”</source>
        <translation>Retrait de l’instance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Meeting recorded; the next one is on %1.</source>
        <translation>Réunion enregistrée&#xa0;; la prochaine aura lieu le %1.</translation>
    </message>
    <message>
        <source>Export the Governance Master Plan</source>
        <translation>Exporter le plan directeur de gouvernance</translation>
    </message>
    <message>
        <source>governance-master-plan.pdf</source>
        <translation>plan-directeur-gouvernance.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Master plan written to %1.</source>
        <translation>Plan directeur écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>tiller::gui::InboxView</name>
    <message>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Tâche confiée</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Change decided</source>
        <translation>Changement décidé</translation>
    </message>
    <message>
        <source>Vote opened</source>
        <translation>Vote ouvert</translation>
    </message>
    <message>
        <source>Vote closing</source>
        <translation>Vote bientôt clos</translation>
    </message>
    <message>
        <source>Whose notifications</source>
        <translation>Destinataire des notifications</translation>
    </message>
    <message>
        <source>Mark &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark &amp;All Read</source>
        <translation>Marquer &amp;tout comme lu</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>P&amp;our&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Nothing to read.</source>
        <translation>Rien à lire.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lue</numerusform>
            <numerusform>%n non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tiller::gui::InventoryView</name>
    <message>
        <source>Search code, title, owner, pain points…</source>
        <translation>Rechercher par code, titre, responsable, point de douleur…</translation>
    </message>
    <message>
        <source>Search initiatives</source>
        <translation>Rechercher des initiatives</translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation>Filtrer par domaine</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>What the initiative changes for customers, and how.</source>
        <translation>Ce que l’initiative change pour les clients, et comment.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Pain points addressed</source>
        <translation>Points de douleur traités</translation>
    </message>
    <message>
        <source>Tick the customer pain points this initiative addresses.</source>
        <translation>Cochez les points de douleur client que cette initiative traite.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Pain points addressed</source>
        <translation>&amp;Points de douleur traités</translation>
    </message>
    <message>
        <source>&amp;New Initiative</source>
        <translation>&amp;Nouvelle initiative</translation>
    </message>
    <message>
        <source>Add an initiative to the inventory (Ctrl+Shift+N)</source>
        <translation>Ajouter une initiative à l’inventaire (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n initiative(s)</source>
        <translation>
            <numerusform>%1 sur %n initiative</numerusform>
            <numerusform>%1 sur %n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nouvelle initiative</translation>
    </message>
    <message>
        <source>New initiative %1</source>
        <translation>Nouvelle initiative %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Duplicate as %1</source>
        <translation>Duplication en %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n initiatives</source>
        <translation>
            <numerusform>Duplication de %n initiative</numerusform>
            <numerusform>Duplication de %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n initiative(s).</source>
        <translation>
            <numerusform>%n initiative dupliquée.</numerusform>
            <numerusform>%n initiatives dupliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiatives</source>
        <translation>
            <numerusform>Suppression de %n initiative</numerusform>
            <numerusform>Suppression de %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n initiative(s). Undo with %1.</source>
        <translation>
            <numerusform>%n initiative supprimée. Annulez avec %1.</numerusform>
            <numerusform>%n initiatives supprimées. Annulez avec %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit description of %1</source>
        <translation>Modification de la description de %1</translation>
    </message>
    <message>
        <source>Link %1 to “%2”</source>
        <translation>Association de %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Unlink %1 from “%2”</source>
        <translation>Dissociation de %1 et de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>No initiative selected</source>
        <translation>Aucune initiative sélectionnée</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>portée %1</translation>
    </message>
</context>
<context>
    <name>tiller::gui::JourneyDialog</name>
    <message>
        <source>New Journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Moving home</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>(no persona)</source>
        <translation>(aucun persona)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Discover
Choose
Join
Use
Get help
Leave</source>
        <translation>Découvrir
Choisir
Souscrire
Utiliser
Obtenir de l’aide
Résilier</translation>
    </message>
    <message>
        <source>&amp;Stages, one per line:</source>
        <translation>É&amp;tapes, une par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Add the journey “%1”</source>
        <translation>Ajout du parcours «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the journey “%1”</source>
        <translation>Modification du parcours «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tiller::gui::JourneyView</name>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>New Journey…</source>
        <translation>Nouveau parcours…</translation>
    </message>
    <message>
        <source>A new journey with its stages</source>
        <translation>Un nouveau parcours avec ses étapes</translation>
    </message>
    <message>
        <source>Journey…</source>
        <translation>Parcours…</translation>
    </message>
    <message>
        <source>The journey&apos;s name, persona and description</source>
        <translation>Le nom, le persona et la description du parcours</translation>
    </message>
    <message>
        <source>Remove Journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>The journey with its stages, touchpoints and pain points</source>
        <translation>Le parcours avec ses étapes, points de contact et points de douleur</translation>
    </message>
    <message>
        <source>Persona…</source>
        <translation>Persona…</translation>
    </message>
    <message>
        <source>Who the journey is for: goals and frustrations</source>
        <translation>À qui s’adresse le parcours&#xa0;: objectifs et frustrations</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>A stage after the one chosen</source>
        <translation>Une étape après celle choisie</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <source>Rename the stage chosen</source>
        <translation>Renommer l’étape choisie</translation>
    </message>
    <message>
        <source>◀ Move</source>
        <translation>◀ Déplacer</translation>
    </message>
    <message>
        <source>Move the stage left (Ctrl+Shift+Left)</source>
        <translation>Déplacer l’étape vers la gauche (Ctrl+Maj+Gauche)</translation>
    </message>
    <message>
        <source>Move ▶</source>
        <translation>Déplacer ▶</translation>
    </message>
    <message>
        <source>Move the stage right (Ctrl+Shift+Right)</source>
        <translation>Déplacer l’étape vers la droite (Ctrl+Maj+Droite)</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>The stage with its touchpoints and pain points</source>
        <translation>L’étape avec ses points de contact et points de douleur</translation>
    </message>
    <message>
        <source>Add Touchpoint…</source>
        <translation>Ajouter un point de contact…</translation>
    </message>
    <message>
        <source>Where customers meet the company at this stage</source>
        <translation>Là où les clients rencontrent l’entreprise à cette étape</translation>
    </message>
    <message>
        <source>Add Pain Point…</source>
        <translation>Ajouter un point de douleur…</translation>
    </message>
    <message>
        <source>A pain point at the stage chosen (Insert)</source>
        <translation>Un point de douleur à l’étape choisie (Inser)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>The pain point chosen and the initiatives addressing it (F2)</source>
        <translation>Le point de douleur choisi et les initiatives qui le traitent (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the pain point chosen (Delete)</source>
        <translation>Supprimer le point de douleur choisi (Suppr)</translation>
    </message>
    <message>
        <source>Journey: </source>
        <translation>Parcours&#xa0;: </translation>
    </message>
    <message>
        <source>Stage: </source>
        <translation>Étape&#xa0;: </translation>
    </message>
    <message>
        <source>Pain point: </source>
        <translation>Point de douleur&#xa0;: </translation>
    </message>
    <message>
        <source>Where the pain point leads</source>
        <translation>Où mène le point de douleur</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;No journey yet: map one with New Journey.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun parcours pour l’instant&#xa0;: cartographiez-en un avec Nouveau parcours.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;No persona for this journey.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun persona pour ce parcours.&lt;/i&gt;</translation>
    </message>
    <message>
        <source> &lt;b&gt;Goals:&lt;/b&gt; %1</source>
        <translation> &lt;b&gt;Objectifs&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> &lt;b&gt;Frustrations:&lt;/b&gt; %1</source>
        <translation> &lt;b&gt;Frustrations&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 · %n answer(s) in 12 months</source>
        <translation>
            <numerusform>NPS %1 · %n réponse sur 12 mois</numerusform>
            <numerusform>NPS %1 · %n réponses sur 12 mois</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No answers in 12 months&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune réponse sur 12 mois&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Net Promoter Score at this stage over the last 12 months: red from −60, amber around 0, green from +50</source>
        <translation>Net Promoter Score à cette étape sur les 12 derniers mois&#xa0;: rouge à −60 ou moins, orange autour de 0, vert à +50 ou plus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No touchpoint&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun point de contact&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Pain points at %1</source>
        <translation>Points de douleur à l’étape %1</translation>
    </message>
    <message>
        <source>no initiative yet</source>
        <translation>pas encore d’initiative</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Choose a pain point to see its evidence and where it leads: the initiatives, bins, tasks, KPIs and requests.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Choisissez un point de douleur pour voir ses éléments probants et où il mène&#xa0;: initiatives, bacs, tâches, KPI et demandes.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Evidence:&lt;/b&gt; %1 negative answer(s) of %2 at this stage in 12 months%3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Éléments probants&#xa0;:&lt;/b&gt; %1 réponse(s) négative(s) sur %2 à cette étape en 12 mois%3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (comments with “%1”)</source>
        <translation> (commentaires contenant «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;aucun&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Addressed by:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Traité par&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;no initiative yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;pas encore d’initiative&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bins:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bacs&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tasks:&lt;/b&gt; %1 done of %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tâches&#xa0;:&lt;/b&gt; %1 terminée(s) sur %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;KPIs of the stage:&lt;/b&gt; %n&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;KPI de l’étape&#xa0;:&lt;/b&gt; %n&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;KPI de l’étape&#xa0;:&lt;/b&gt; %n&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Change requests citing it:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Demandes de changement qui le citent&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove the journey “%1” with its stages, touchpoints and pain points? Undo brings them back.</source>
        <translation>Supprimer le parcours «&#xa0;%1&#xa0;» avec ses étapes, points de contact et points de douleur&#xa0;? Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Remove the journey “%1”</source>
        <translation>Suppression du parcours «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Give the journey “%1” its persona</source>
        <translation>Rattachement du nouveau persona au parcours «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Nom de la nouvelle étape&#xa0;:</translation>
    </message>
    <message>
        <source>Add the stage “%1”</source>
        <translation>Ajout de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nouveau nom de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Rename the stage “%1”</source>
        <translation>Renommage de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The stage is already the first.</source>
        <translation>L’étape est déjà la première.</translation>
    </message>
    <message>
        <source>The stage is already the last.</source>
        <translation>L’étape est déjà la dernière.</translation>
    </message>
    <message>
        <source>Move the stage “%1”</source>
        <translation>Déplacement de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove the stage “%1” with its touchpoints and %n pain point(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer l’étape «&#xa0;%1&#xa0;» avec ses points de contact et %n point de douleur&#xa0;? Annuler les rétablit.</numerusform>
            <numerusform>Supprimer l’étape «&#xa0;%1&#xa0;» avec ses points de contact et %n points de douleur&#xa0;? Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the stage “%1”</source>
        <translation>Suppression de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove Pain Point</source>
        <translation>Supprimer le point de douleur</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is addressed by %n initiative(s): remove it and unlink them? Undo brings it back.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est traité par %n initiative&#xa0;: le supprimer et l’en détacher&#xa0;? Annuler le rétablit.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est traité par %n initiatives&#xa0;: le supprimer et les en détacher&#xa0;? Annuler le rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the pain point “%1”</source>
        <translation>Suppression du point de douleur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tiller::gui::MainWindow</name>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Portfolio…</source>
        <translation>&amp;Nouveau portefeuille…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Write a backup copy of the portfolio (every change is already saved)</source>
        <translation>Écrire une copie de sauvegarde du portefeuille (chaque modification est déjà enregistrée)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Initiative</source>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <source>Functional &amp;Domains…</source>
        <translation>&amp;Domaines fonctionnels…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Tiller</source>
        <translation>À &amp;propos de Tiller</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>Ann&amp;uler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tiller</source>
        <translation>Tiller</translation>
    </message>
    <message>
        <source>%1 [read-only] — Tiller</source>
        <translation>%1 [lecture seule] — Tiller</translation>
    </message>
    <message>
        <source>%1 — Tiller</source>
        <translation>%1 — Tiller</translation>
    </message>
    <message>
        <source>Can&apos;t open portfolio</source>
        <translation>Impossible d’ouvrir le portefeuille</translation>
    </message>
    <message>
        <source>The portfolio was upgraded; the previous version is kept in %1</source>
        <translation>Le portefeuille a été mis à niveau&#xa0;; la version précédente est conservée dans %1</translation>
    </message>
    <message>
        <source>New Portfolio</source>
        <translation>Nouveau portefeuille</translation>
    </message>
    <message>
        <source>Tiller portfolios (*.tiller);;All files (*)</source>
        <translation>Portefeuilles Tiller (*.tiller);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open.</source>
        <translation>%1 existe déjà. Choisissez un autre nom ou ouvrez-le avec Fichier ▸ Ouvrir.</translation>
    </message>
    <message>
        <source>Open Portfolio</source>
        <translation>Ouvrir un portefeuille</translation>
    </message>
    <message>
        <source>Tiller portfolios (*.tiller *.sqlite *.db);;All files (*)</source>
        <translation>Portefeuilles Tiller (*.tiller *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Choose another file than the open portfolio.</source>
        <translation>Choisissez un fichier différent du portefeuille ouvert.</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Functional Domains</source>
        <translation>Domaines fonctionnels</translation>
    </message>
    <message>
        <source>About Tiller</source>
        <translation>À propos de Tiller</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiller %1&lt;/b&gt;&lt;p&gt;Run a customer-experience program: inventory, prioritise, assign, track and measure.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tiller %1&lt;/b&gt;&lt;p&gt;Pilotez un programme d’expérience client&#xa0;: inventaire, priorisation, affectation, suivi et mesure.&lt;/p&gt;&lt;p&gt;Licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Priority matrix</source>
        <translation>Matrice de priorisation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Priority &amp;Matrix (PDF, SVG, PNG)…</source>
        <translation>&amp;Matrice de priorisation (PDF, SVG, PNG)…</translation>
    </message>
    <message>
        <source>Scoring &amp;Model…</source>
        <translation>&amp;Modèle de notation…</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>Bacs à projets</translation>
    </message>
    <message>
        <source>Transformation map</source>
        <translation>Carte de transformation</translation>
    </message>
    <message>
        <source>&amp;Transformation Map (A3 PDF, SVG, PNG)…</source>
        <translation>&amp;Carte de transformation (PDF A3, SVG, PNG)…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Revue hebdomadaire</translation>
    </message>
    <message>
        <source>Stand-up</source>
        <translation>Point quotidien</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Boîte de réception (%1)</translation>
    </message>
    <message>
        <source>Send &amp;E-mail Now</source>
        <translation>Envo&amp;yer les e-mails maintenant</translation>
    </message>
    <message>
        <source>Mail today&apos;s digests and notices, and retry anything still in the outbox</source>
        <translation>Envoyer les récapitulatifs et avis du jour, et réessayer ce qui attend dans la boîte d’envoi</translation>
    </message>
    <message numerus="yes">
        <source>Sending e-mail (%n new mail(s) queued)…</source>
        <translation>
            <numerusform>Envoi des e-mails (%n nouveau message en attente)…</numerusform>
            <numerusform>Envoi des e-mails (%n nouveaux messages en attente)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent.</source>
        <translation>
            <numerusform>%n message envoyé.</numerusform>
            <numerusform>%n messages envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 not sent: they stay in the outbox and are retried next time.</source>
        <translation>Envoyés&#xa0;: %1, non envoyés&#xa0;: %2 (ils restent dans la boîte d’envoi et seront renvoyés la prochaine fois).</translation>
    </message>
    <message>
        <source>Send E-mail</source>
        <translation>Envoyer les e-mails</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) could not be sent; they stay in the outbox and are retried next time.

%1</source>
        <translation>
            <numerusform>%n message n’a pas pu être envoyé&#xa0;; il reste dans la boîte d’envoi et sera renvoyé la prochaine fois.

%1</numerusform>
            <numerusform>%n messages n’ont pas pu être envoyés&#xa0;; ils restent dans la boîte d’envoi et seront renvoyés la prochaine fois.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail not sent: %1</source>
        <translation>E-mails non envoyés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change board</source>
        <translation>Comité de changement</translation>
    </message>
    <message>
        <source>&amp;Strategy…</source>
        <translation>&amp;Stratégie…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Voice of the Customer (CSV)…</source>
        <translation>&amp;Voix du Client (CSV)…</translation>
    </message>
    <message>
        <source>Voice-of-Customer records imported.</source>
        <translation>Relevés de la Voix du Client importés.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Monthly &amp;Report (PDF)…</source>
        <translation>&amp;Rapport mensuel (PDF)…</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>&amp;Governance Master Plan (PDF)…</source>
        <translation>&amp;Plan directeur de gouvernance (PDF)…</translation>
    </message>
</context>
<context>
    <name>tiller::gui::MapGraphicsView</name>
    <message>
        <source>Transformation map</source>
        <translation>Carte de transformation</translation>
    </message>
</context>
<context>
    <name>tiller::gui::MapScene</name>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not dated (%1)</source>
        <translation>Non daté (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4&lt;br&gt;%5 · priority %6 · %7% done</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4&lt;br&gt;%5 · priorité&#xa0;: %6 · réalisé à %7&#xa0;%</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>Critical path to %1: %2 (%n day(s))</source>
        <translation>
            <numerusform>Chemin critique vers %1&#xa0;: %2 (%n jour)</numerusform>
            <numerusform>Chemin critique vers %1&#xa0;: %2 (%n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts %n day(s) before %2 allows</source>
        <translation>
            <numerusform>%1 commence %n jour avant la date permise par %2</numerusform>
            <numerusform>%1 commence %n jours avant la date permise par %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 on the map</source>
        <translation>Déplacement de %1 sur la carte</translation>
    </message>
    <message>
        <source>Moved %1, but it breaks a dependency: %2.</source>
        <translation>%1 déplacé, mais une dépendance est rompue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Moved %1.</source>
        <translation>%1 déplacé.</translation>
    </message>
    <message>
        <source>%1 already waits for %2.</source>
        <translation>%1 attend déjà %2.</translation>
    </message>
    <message>
        <source>Make %1 wait for %2</source>
        <translation>Ajout de la dépendance de %1 envers %2</translation>
    </message>
    <message>
        <source>%1 now waits for %2 to finish.</source>
        <translation>%1 attend désormais la fin de %2.</translation>
    </message>
    <message>
        <source>%1 no longer waits for %2</source>
        <translation>Suppression de la dépendance de %1 envers %2</translation>
    </message>
    <message>
        <source>&amp;Open %1…</source>
        <translation>&amp;Ouvrir %1…</translation>
    </message>
    <message>
        <source>Show the &amp;critical path to %1</source>
        <translation>Afficher le &amp;chemin critique vers %1</translation>
    </message>
    <message>
        <source>&amp;Stop waiting for</source>
        <translation>Ne plus &amp;attendre</translation>
    </message>
    <message>
        <source>No domain</source>
        <translation>Sans domaine</translation>
    </message>
    <message>
        <source>neither dated nor placed</source>
        <translation>ni datés ni placés</translation>
    </message>
    <message>
        <source>started, or starting by %1</source>
        <translation>déjà commencés ou débutant d’ici %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>waits for</source>
        <translation>attend</translation>
    </message>
    <message>
        <source>dates break the dependency</source>
        <translation>dates qui rompent la dépendance</translation>
    </message>
    <message>
        <source>critical path / chain</source>
        <translation>chemin critique / chaîne</translation>
    </message>
    <message>
        <source>not dated yet</source>
        <translation>pas encore daté</translation>
    </message>
    <message>
        <source>No functional domains yet: add them with Program ▸ Functional Domains…</source>
        <translation>Aucun domaine fonctionnel pour l’instant&#xa0;: ajoutez-en avec Programme ▸ Domaines fonctionnels…</translation>
    </message>
    <message>
        <source>C&amp;harter of %1…</source>
        <translation>C&amp;harte de %1…</translation>
    </message>
</context>
<context>
    <name>tiller::gui::MapView</name>
    <message>
        <source>Columns: horizons</source>
        <translation>Colonnes&#xa0;: horizons</translation>
    </message>
    <message>
        <source>Columns: months</source>
        <translation>Colonnes&#xa0;: mois</translation>
    </message>
    <message>
        <source>Columns: quarters</source>
        <translation>Colonnes&#xa0;: trimestres</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>Colonnes de la carte</translation>
    </message>
    <message>
        <source>Place bins by horizon (short, medium, long term) or on a calendar</source>
        <translation>Placer les bacs par horizon (court, moyen, long terme) ou sur un calendrier</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Afficher toute la carte</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>Highlight the longest chain of work leading to the selected bin</source>
        <translation>Mettre en évidence la plus longue chaîne de travaux menant au bac sélectionné</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the map as a PDF page for printing (A3), an SVG or a PNG</source>
        <translation>Enregistrer la carte en page PDF à imprimer (A3), en SVG ou en PNG</translation>
    </message>
    <message>
        <source>Filter bins by code or name</source>
        <translation>Filtrer les bacs par code ou nom</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par responsable</translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation>Filtrer par domaine</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>Filtrer par priorité</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation>Les %1 premiers</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message numerus="yes">
        <source>%n bin(s)</source>
        <translation>
            <numerusform>%n bac</numerusform>
            <numerusform>%n bacs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n bin(s)</source>
        <translation>
            <numerusform>%1 sur %n bac</numerusform>
            <numerusform>%1 sur %n bacs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n broken dependency(ies)</source>
        <translation>
            <numerusform> · %n dépendance rompue</numerusform>
            <numerusform> · %n dépendances rompues</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a bin on the map: its critical path will be highlighted.</source>
        <translation>Sélectionnez un bac sur la carte&#xa0;: son chemin critique sera mis en évidence.</translation>
    </message>
    <message>
        <source>No critical path: the dependencies form a cycle.</source>
        <translation>Pas de chemin critique&#xa0;: les dépendances forment un cycle.</translation>
    </message>
    <message>
        <source>no portfolio is open</source>
        <translation>aucun portefeuille n’est ouvert</translation>
    </message>
    <message>
        <source>Transformation map — %1</source>
        <translation>Carte de transformation — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Export the Transformation Map</source>
        <translation>Exporter la carte de transformation</translation>
    </message>
    <message>
        <source>PDF, A3 landscape (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF, A3 paysage (*.pdf);;SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported the transformation map to %1</source>
        <translation>Carte de transformation exportée vers %1</translation>
    </message>
</context>
<context>
    <name>tiller::gui::MaturityPanel</name>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Tick the assessments to compare on the radar</source>
        <translation>Cochez les évaluations à comparer sur le radar</translation>
    </message>
    <message>
        <source>Maturity assessments</source>
        <translation>Évaluations de maturité</translation>
    </message>
    <message>
        <source>CX maturity by dimension (1 ad hoc – 5 embedded)</source>
        <translation>Maturité CX par dimension (1 ad hoc – 5 ancré)</translation>
    </message>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Answer the questionnaire again; it starts from the latest answers</source>
        <translation>Répondre de nouveau au questionnaire&#xa0;; il part des dernières réponses</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove Assessment</source>
        <translation>Retirer l’évaluation</translation>
    </message>
    <message>
        <source>Remove the assessment of %1? Undo brings it back.</source>
        <translation>Retirer l’évaluation du %1&#xa0;? Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Remove the assessment of %1</source>
        <translation>Retrait de l’évaluation du %1</translation>
    </message>
</context>
<context>
    <name>tiller::gui::MeetingDialog</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Réunion de %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>One decision per line</source>
        <translation>Une décision par ligne</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Tenue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Participants&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation>&amp;Décisions&#xa0;:</translation>
    </message>
    <message>
        <source>Record the meeting “%1”</source>
        <translation>Enregistrement de la réunion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the meeting “%1”</source>
        <translation>Modification de la réunion «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tiller::gui::NewRoundDialog</name>
    <message>
        <source>New Voting Round</source>
        <translation>Nouveau tour de vote</translation>
    </message>
    <message>
        <source>Prioritisation round %1</source>
        <translation>Tour de priorisation %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Vote par points</translation>
    </message>
    <message>
        <source>MoSCoW</source>
        <translation>MoSCoW</translation>
    </message>
    <message>
        <source>Schulze (recommended)</source>
        <translation>Schulze (recommandé)</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>Copeland</source>
        <translation>Copeland</translation>
    </message>
    <message>
        <source>Kemeny–Young (up to 16 initiatives)</source>
        <translation>Kemeny–Young (jusqu’à 16 initiatives)</translation>
    </message>
    <message>
        <source>Instant runoff</source>
        <translation>Vote alternatif</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ballot:</source>
        <translation>&amp;Bulletin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Counting method:</source>
        <translation>&amp;Méthode de dépouillement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Points per &amp;stakeholder:</source>
        <translation>Points par &amp;partie prenante&#xa0;:</translation>
    </message>
    <message>
        <source>Most points on &amp;one initiative:</source>
        <translation>Points au plus sur &amp;une initiative&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Initiatives on the ballot</source>
        <translation>&amp;Initiatives sur le bulletin</translation>
    </message>
    <message>
        <source>S&amp;takeholders who vote</source>
        <translation>Parties prenantes qui &amp;votent</translation>
    </message>
    <message>
        <source>&amp;Open Round</source>
        <translation>&amp;Ouvrir le tour</translation>
    </message>
</context>
<context>
    <name>tiller::gui::PainPointDialog</name>
    <message>
        <source>New Pain Point at “%1”</source>
        <translation>Nouveau point de douleur à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pain Point at “%1”</source>
        <translation>Point de douleur à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>What hurts, in the customer&apos;s words</source>
        <translation>Ce qui fait mal, avec les mots du client</translation>
    </message>
    <message>
        <source>1 — minor</source>
        <translation>1 — mineur</translation>
    </message>
    <message>
        <source>2 — annoying</source>
        <translation>2 — gênant</translation>
    </message>
    <message>
        <source>3 — painful</source>
        <translation>3 — pénible</translation>
    </message>
    <message>
        <source>4 — serious</source>
        <translation>4 — grave</translation>
    </message>
    <message>
        <source>5 — critical</source>
        <translation>5 — critique</translation>
    </message>
    <message>
        <source>meter, reading, estimate</source>
        <translation>compteur, relevé, estimation</translation>
    </message>
    <message>
        <source>The negative answers at this stage whose comment holds one of these words are this pain&apos;s evidence; empty: every negative answer at the stage</source>
        <translation>Les réponses négatives à cette étape dont le commentaire contient l’un de ces mots constituent les éléments probants de ce point de douleur&#xa0;; vide&#xa0;: toutes les réponses négatives de l’étape</translation>
    </message>
    <message>
        <source>Filter the initiatives</source>
        <translation>Filtrer les initiatives</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Addressed by:</source>
        <translation>Traité &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Add the pain point “%1”</source>
        <translation>Ajout du point de douleur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the pain point “%1”</source>
        <translation>Modification du point de douleur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tiller::gui::PersonaDialog</name>
    <message>
        <source>New Persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Busy family moving home</source>
        <translation>Famille active qui déménage</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who they are:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustrations&#xa0;:</translation>
    </message>
    <message>
        <source>Add the persona “%1”</source>
        <translation>Ajout du persona «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the persona “%1”</source>
        <translation>Modification du persona «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tiller::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time Tiller starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Tiller.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>The audit trail records this name with every change (default: your user name).</source>
        <translation>Le journal d’audit enregistre ce nom avec chaque modification (par défaut&#xa0;: votre nom d’utilisateur).</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <source>Warn of &amp;deadlines:</source>
        <translation>&amp;Avertir avant les échéances&#xa0;:</translation>
    </message>
    <message>
        <source>Task owners get a “due soon” notification this many days before a deadline.</source>
        <translation>Les responsables des tâches reçoivent une notification «&#xa0;Échéance proche&#xa0;» autant de jours avant l’échéance.</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.exemple.fr</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>None (port 25, trusted networks only)</source>
        <translation>Aucune (port 25, réseaux de confiance seulement)</translation>
    </message>
    <message>
        <source>usual port</source>
        <translation>port habituel</translation>
    </message>
    <message>
        <source>none: no sign-in</source>
        <translation>aucun&#xa0;: pas d’identification</translation>
    </message>
    <message>
        <source>cx-program@example.org</source>
        <translation>programme-cx@exemple.fr</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>&amp;Serveur de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>Adresse de l’&amp;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Sender na&amp;me:</source>
        <translation>Nom de l’e&amp;xpéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>The password is never stored by Tiller: it is read from the environment variable TILLER_SMTP_PASSWORD, or from the file %1 (readable by you only: chmod 600).</source>
        <translation>Tiller n’enregistre jamais le mot de passe&#xa0;: il est lu dans la variable d’environnement TILLER_SMTP_PASSWORD, ou dans le fichier %1 (lisible par vous seul&#xa0;: chmod 600).</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send &amp;automatically while Tiller runs</source>
        <translation>Envoyer automatiquement &amp;pendant que Tiller tourne</translation>
    </message>
    <message>
        <source>Every ten minutes: today&apos;s digests once a day, instant mails as they come, and a retry of anything still in the outbox</source>
        <translation>Toutes les dix minutes&#xa0;: les récapitulatifs du jour une fois par jour, les messages immédiats au fil de l’eau, et une nouvelle tentative pour ce qui attend dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>Mail at once:</source>
        <translation>Envoyer aussitôt&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tiller::gui::PriorityMatrixScene</name>
    <message>
        <source>Drag to move the value threshold</source>
        <translation>Faites glisser pour déplacer le seuil de valeur</translation>
    </message>
    <message>
        <source>Drag to move the effort threshold</source>
        <translation>Faites glisser pour déplacer le seuil d’effort</translation>
    </message>
    <message>
        <source>Cost and effort →</source>
        <translation>Coût et effort →</translation>
    </message>
    <message>
        <source>Benefit ↑</source>
        <translation>Bénéfice ↑</translation>
    </message>
    <message>
        <source>Effort (person-months) →</source>
        <translation>Effort (mois-personne) →</translation>
    </message>
    <message>
        <source>Reach × impact × confidence ↑</source>
        <translation>Portée × impact × confiance ↑</translation>
    </message>
    <message>
        <source>Job size →</source>
        <translation>Taille du travail →</translation>
    </message>
    <message>
        <source>Cost of delay ↑</source>
        <translation>Coût du retard ↑</translation>
    </message>
    <message>
        <source>Move %1 on the priority matrix</source>
        <translation>Déplacement de %1 dans la matrice de priorisation</translation>
    </message>
    <message>
        <source>Move the value threshold</source>
        <translation>Déplacement du seuil de valeur</translation>
    </message>
    <message>
        <source>Move the effort threshold</source>
        <translation>Déplacement du seuil d’effort</translation>
    </message>
</context>
<context>
    <name>tiller::gui::PriorityMatrixView</name>
    <message>
        <source>Scoring model</source>
        <translation>Modèle de notation</translation>
    </message>
    <message>
        <source>The scoring model in use for the whole program</source>
        <translation>Le modèle de notation utilisé pour tout le programme</translation>
    </message>
    <message>
        <source>Bubble size</source>
        <translation>Taille des bulles</translation>
    </message>
    <message>
        <source>Same size</source>
        <translation>Même taille</translation>
    </message>
    <message>
        <source>Size: pain points addressed</source>
        <translation>Taille&#xa0;: points de douleur traités</translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation>Filtrer par domaine</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by horizon</source>
        <translation>Filtrer par horizon</translation>
    </message>
    <message>
        <source>Filter by bin</source>
        <translation>Filtrer par bac</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Priority matrix</source>
        <translation>Matrice de priorisation</translation>
    </message>
    <message>
        <source>Ranked initiatives</source>
        <translation>Initiatives classées</translation>
    </message>
    <message>
        <source>Score explanation</source>
        <translation>Explication du score</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All horizons</source>
        <translation>Tous les horizons</translation>
    </message>
    <message>
        <source>All bins</source>
        <translation>Tous les bacs</translation>
    </message>
    <message>
        <source>In no bin</source>
        <translation>Dans aucun bac</translation>
    </message>
    <message>
        <source>Use the %1 model</source>
        <translation>Utilisation du modèle %1</translation>
    </message>
    <message>
        <source>This program has no scoring model yet.</source>
        <translation>Ce programme n’a pas encore de modèle de notation.</translation>
    </message>
    <message>
        <source>Select an initiative to see how its score is made.</source>
        <translation>Sélectionnez une initiative pour voir comment son score est calculé.</translation>
    </message>
    <message>
        <source>Not scored on: %1</source>
        <translation>Non noté sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tied with %1.</source>
        <translation>Ex æquo avec %1.</translation>
    </message>
    <message>
        <source>Export the Priority Matrix</source>
        <translation>Exporter la matrice de priorisation</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported the priority matrix to %1</source>
        <translation>Matrice de priorisation exportée vers %1</translation>
    </message>
    <message>
        <source>Adopt the stakeholders&apos; &amp;consensus</source>
        <translation>Adopter le &amp;consensus des parties prenantes</translation>
    </message>
    <message>
        <source>Scores of the selected initiative</source>
        <translation>Notes de l’initiative sélectionnée</translation>
    </message>
    <message>
        <source>The agreed values; type a value to change it. Stakeholders&apos; private scores show their spread.</source>
        <translation>Les valeurs retenues&#xa0;; tapez une valeur pour la changer. Les notes individuelles des parties prenantes montrent leur dispersion.</translation>
    </message>
    <message>
        <source>Take the proposed value (the stakeholders&apos; median) as the agreed value</source>
        <translation>Retenir la valeur proposée (la médiane des parties prenantes)</translation>
    </message>
    <message>
        <source>Score &amp;as:</source>
        <translation>Noter &amp;en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Agreed values, or a stakeholder&apos;s private scores: each stakeholder scores alone, then the spread shows where they disagree</source>
        <translation>Valeurs retenues, ou notes individuelles d’une partie prenante&#xa0;: chacun note seul, puis la dispersion montre les désaccords</translation>
    </message>
    <message>
        <source>Whose scores</source>
        <translation>Notes de qui</translation>
    </message>
    <message>
        <source>Agreed values</source>
        <translation>Valeurs retenues</translation>
    </message>
    <message>
        <source>Size: budget</source>
        <translation>Taille&#xa0;: budget</translation>
    </message>
    <message>
        <source>Size: reach</source>
        <translation>Taille&#xa0;: portée</translation>
    </message>
</context>
<context>
    <name>tiller::gui::QualifyDialog</name>
    <message>
        <source>benefit %1</source>
        <translation>bénéfice %1</translation>
    </message>
    <message>
        <source>benefit not estimated</source>
        <translation>bénéfice non estimé</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coût %1</translation>
    </message>
    <message>
        <source>cost not estimated</source>
        <translation>coût non estimé</translation>
    </message>
    <message>
        <source>%1 person-days</source>
        <translation>%1 jours-personne</translation>
    </message>
    <message>
        <source>effort not estimated</source>
        <translation>effort non estimé</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>no submitter</source>
        <translation>sans auteur</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>déposée le %1</translation>
    </message>
    <message>
        <source>urgency %1</source>
        <translation>urgence %1</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>sans domaine</translation>
    </message>
    <message>
        <source>pillar “%1”</source>
        <translation>pilier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no pillar</source>
        <translation>sans pilier</translation>
    </message>
    <message>
        <source>&lt;i&gt;No description.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pas de description.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Éléments&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Complete: it says what, why and for whom</source>
        <translation>&amp;Complète&#xa0;: elle dit quoi, pourquoi et pour qui</translation>
    </message>
    <message>
        <source>In the &amp;strategy: it serves a pillar</source>
        <translation>Dans la &amp;stratégie&#xa0;: elle sert un pilier</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate: nothing in the inventory or the requests covers it</source>
        <translation>&amp;Pas un doublon&#xa0;: rien dans l’inventaire ni dans les demandes ne la couvre</translation>
    </message>
    <message>
        <source>&amp;Estimated: benefit, cost and effort</source>
        <translation>&amp;Estimée&#xa0;: bénéfice, coût et effort</translation>
    </message>
    <message>
        <source>&amp;Qualified for the next board</source>
        <translation>&amp;Qualifiée pour le prochain comité</translation>
    </message>
    <message>
        <source>Re&amp;turned for information</source>
        <translation>Ren&amp;voyée pour complément</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>Re&amp;jetée</translation>
    </message>
    <message>
        <source>Qualify %1</source>
        <translation>Qualifier %1</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Likely duplicates:</source>
        <translation>Doublons probables&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>N&amp;ote to the submitter:</source>
        <translation>N&amp;ote à l’auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Goes on the agenda of the next board session.</source>
        <translation>Passe à l’ordre du jour de la prochaine séance du comité.</translation>
    </message>
    <message>
        <source>To qualify it, check that it is %1.</source>
        <translation>Pour la qualifier, vérifiez qu’elle est %1.</translation>
    </message>
    <message>
        <source>What the submitter should add (required)</source>
        <translation>Ce que l’auteur doit ajouter (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Why it is not taken further (required)</source>
        <translation>Pourquoi elle ne va pas plus loin (obligatoire)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>A note for the board (optional)</source>
        <translation>Une note pour le comité (facultative)</translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation>&amp;Qualifier</translation>
    </message>
    <message>
        <source>Required when the request is returned or rejected</source>
        <translation>Obligatoire quand la demande est renvoyée ou rejetée</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Choose an outcome: qualified, returned or rejected.</source>
        <translation>Choisissez une issue&#xa0;: qualifiée, renvoyée ou rejetée.</translation>
    </message>
    <message>
        <source>Say what the submitter should add: they will read the note.</source>
        <translation>Dites ce que l’auteur doit ajouter&#xa0;: il lira la note.</translation>
    </message>
    <message>
        <source>Say why the request is rejected: the submitter will read the note.</source>
        <translation>Dites pourquoi la demande est rejetée&#xa0;: l’auteur lira la note.</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Renvoyer %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
</context>
<context>
    <name>tiller::gui::RaciPanel</name>
    <message>
        <source>Show &amp;initiatives</source>
        <translation>Afficher les &amp;initiatives</translation>
    </message>
    <message>
        <source>&amp;Everyone, not only the people with a role</source>
        <translation>Tout le &amp;monde, pas seulement les personnes ayant un rôle</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to choose the person&apos;s role: R responsible, A accountable, C consulted, I informed.</source>
        <translation>Double-cliquez sur une cellule ou appuyez sur F2 pour choisir le rôle de la personne&#xa0;: R réalisateur, A garant, C consulté, I informé.</translation>
    </message>
    <message>
        <source>Show a column for every person, to give a role to someone who has none yet</source>
        <translation>Afficher une colonne par personne, pour donner un rôle à quelqu’un qui n’en a pas encore</translation>
    </message>
    <message>
        <source>Make &amp;Owners Accountable</source>
        <translation>Désigner les responsables comme &amp;garants</translation>
    </message>
    <message>
        <source>Where nobody is accountable, make the bin&apos;s or initiative&apos;s owner accountable</source>
        <translation>Là où personne n’est garant (A), désigner le responsable du bac ou de l’initiative comme garant</translation>
    </message>
    <message>
        <source>Clear Cell</source>
        <translation>Vider la cellule</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) under way</source>
        <translation>
            <numerusform>%n élément en cours</numerusform>
            <numerusform>%n éléments en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>every one has an accountable person</source>
        <translation>chacun a un garant (A)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;%n without an accountable person&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b3261e&apos;&gt;%n sans garant (A)&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#b3261e&apos;&gt;%n sans garant (A)&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;%n with several&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b3261e&apos;&gt;%n avec plusieurs garants&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#b3261e&apos;&gt;%n avec plusieurs garants&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with nobody responsible</source>
        <translation>
            <numerusform>%n sans réalisateur (R)</numerusform>
            <numerusform>%n sans réalisateur (R)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;overloaded (more than %1 as accountable): %2&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b3261e&apos;&gt;surchargés, garants (A) de plus de %1 éléments&#xa0;: %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every item with an owner already has an accountable person.</source>
        <translation>Chaque élément ayant un responsable a déjà un garant (A).</translation>
    </message>
    <message>
        <source>Make owners accountable</source>
        <translation>Désignation des responsables comme garants</translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) made accountable.</source>
        <translation>
            <numerusform>%n responsable désigné comme garant.</numerusform>
            <numerusform>%n responsables désignés comme garants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tiller::gui::RequestDialog</name>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source> person-days</source>
        <translation> jours-personne</translation>
    </message>
    <message>
        <source>&amp;Wanted by</source>
        <translation>&amp;Souhaitée pour le</translation>
    </message>
    <message>
        <source>New Change Request</source>
        <translation>Nouvelle demande de changement</translation>
    </message>
    <message>
        <source>Change Request %1</source>
        <translation>Demande de changement %1</translation>
    </message>
    <message>
        <source>What should change, in a few words</source>
        <translation>Ce qui doit changer, en quelques mots</translation>
    </message>
    <message>
        <source>What, why, and for which customers</source>
        <translation>Quoi, pourquoi, et pour quels clients</translation>
    </message>
    <message>
        <source>Scores, verbatims, complaints that show the need</source>
        <translation>Scores, verbatims, réclamations qui montrent le besoin</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The strategic pillar the request serves; none makes it harder to qualify.</source>
        <translation>Le pilier stratégique que sert la demande&#xa0;; sans pilier, elle est plus difficile à qualifier.</translation>
    </message>
    <message>
        <source>A year&apos;s benefit, in the program&apos;s currency</source>
        <translation>Le bénéfice d’une année, dans la devise du programme</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Sans étape</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 (severity %2 of 5)</source>
        <translation>%1 (gravité %2 sur 5)</translation>
    </message>
    <message>
        <source>%1
%2
Severity %3 of 5</source>
        <translation>%1
%2
Gravité %3 sur 5</translation>
    </message>
    <message>
        <source>Pain points the request addresses</source>
        <translation>Irritants que traite la demande</translation>
    </message>
    <message>
        <source>The program has no pain points yet.</source>
        <translation>Le programme n’a pas encore d’irritants.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>É&amp;léments&#xa0;:</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Initiatives and requests with similar words: check it is not already covered.</source>
        <translation>Initiatives et demandes aux mots semblables&#xa0;: vérifiez qu’elle n’est pas déjà couverte.</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Origine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Submitter:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;maine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>&amp;Pilier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>U&amp;rgence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation>&amp;Bénéfice&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Coût&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Effort&#xa0;:</translation>
    </message>
    <message>
        <source>Pain points it &amp;addresses:</source>
        <translation>Irritants tr&amp;aités&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Déposer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Type a title to see similar initiatives and requests.</source>
        <translation>Saisissez un titre pour voir les initiatives et demandes semblables.</translation>
    </message>
    <message>
        <source>Submit %1</source>
        <translation>Déposer %1</translation>
    </message>
    <message>
        <source>This request was deleted meanwhile.</source>
        <translation>Cette demande a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>tiller::gui::RequestsPanel</name>
    <message>
        <source>Search code, title or description…</source>
        <translation>Rechercher un code, un titre ou une description…</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Submitted, returned, qualified or deferred: still waiting for something</source>
        <translation>Déposées, renvoyées, qualifiées ou reportées&#xa0;: encore en attente de quelque chose</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Filter by origin</source>
        <translation>Filtrer par origine</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation>Filtrer par domaine</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Demandes de changement</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Demande choisie</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>Submit a change request (Ctrl+Shift+R)</source>
        <translation>Déposer une demande de changement (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected request (Enter or double-click)</source>
        <translation>Modifier la demande choisie (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Qualify…</source>
        <translation>&amp;Qualifier…</translation>
    </message>
    <message>
        <source>Check the selected request and qualify, return or reject it (Ctrl+Shift+Q)</source>
        <translation>Contrôler la demande choisie, puis la qualifier, la renvoyer ou la rejeter (Ctrl+Maj+Q)</translation>
    </message>
    <message>
        <source>Send &amp;Back</source>
        <translation>Re&amp;déposer</translation>
    </message>
    <message>
        <source>The submitter completed the returned request: send it back for qualification</source>
        <translation>L’auteur a complété la demande renvoyée&#xa0;: la remettre en qualification</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected request; only one the board has not seen (Del)</source>
        <translation>Supprimer la demande choisie, seulement si le comité ne l’a pas vue (Suppr)</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 sur %n demande</numerusform>
            <numerusform>%1 sur %n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see its description, evidence and history.</source>
        <translation>Choisissez une demande pour voir sa description, ses éléments et son historique.</translation>
    </message>
    <message>
        <source>from %1 on %2</source>
        <translation>de %1 le %2</translation>
    </message>
    <message>
        <source>submitted on %1</source>
        <translation>déposée le %1</translation>
    </message>
    <message>
        <source>urgency %1</source>
        <translation>urgence %1</translation>
    </message>
    <message>
        <source>wanted by %1</source>
        <translation>souhaitée pour le %1</translation>
    </message>
    <message>
        <source>on the agenda: %1</source>
        <translation>à l’ordre du jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>back on %1</source>
        <translation>de retour le %1</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>sans domaine</translation>
    </message>
    <message>
        <source>pillar “%1”</source>
        <translation>pilier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no pillar</source>
        <translation>sans pilier</translation>
    </message>
    <message>
        <source>benefit %1</source>
        <translation>bénéfice %1</translation>
    </message>
    <message>
        <source>benefit not estimated</source>
        <translation>bénéfice non estimé</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coût %1</translation>
    </message>
    <message>
        <source>cost not estimated</source>
        <translation>coût non estimé</translation>
    </message>
    <message>
        <source>%1 person-days</source>
        <translation>%1 jours-personne</translation>
    </message>
    <message>
        <source>effort not estimated</source>
        <translation>effort non estimé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Pas de description.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>No evidence given.</source>
        <translation>Aucun élément fourni.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <source>None linked.</source>
        <translation>Aucun de lié.</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Contrôlée le %1.</translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation>Pas encore&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not qualified yet.</source>
        <translation>Pas encore qualifiée.</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>became %1</source>
        <translation>devenue %1</translation>
    </message>
    <message>
        <source>Board decisions</source>
        <translation>Décisions du comité</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l’instant.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Nothing similar.</source>
        <translation>Rien de semblable.</translation>
    </message>
    <message>
        <source>Submitted %1. Qualify it before the next board session.</source>
        <translation>%1 déposée. Qualifiez-la avant la prochaine séance du comité.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Send back %1</source>
        <translation>Redéposer %1</translation>
    </message>
    <message>
        <source>%1 is back in the qualification queue.</source>
        <translation>%1 est de retour dans la file de qualification.</translation>
    </message>
    <message>
        <source>%1 has been before the board: it stays in the decision log.</source>
        <translation>%1 est passée devant le comité&#xa0;: elle reste dans le journal des décisions.</translation>
    </message>
    <message>
        <source>Delete Request</source>
        <translation>Supprimer la demande</translation>
    </message>
    <message>
        <source>Delete %1 “%2”? Undo brings it back.</source>
        <translation>Supprimer %1 «&#xa0;%2&#xa0;»&#xa0;? Annuler la fait revenir.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with %2.</source>
        <translation>%1 supprimée. Annulez avec %2.</translation>
    </message>
</context>
<context>
    <name>tiller::gui::SavingDialog</name>
    <message>
        <source>The change was not made.</source>
        <translation>La modification n’a pas été effectuée.</translation>
    </message>
</context>
<context>
    <name>tiller::gui::SceneExport</name>
    <message>
        <source>can&apos;t write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>choose a file ending in .png, .svg or .pdf</source>
        <translation>choisissez un fichier se terminant par .png, .svg ou .pdf</translation>
    </message>
</context>
<context>
    <name>tiller::gui::ScoringModelDialog</name>
    <message>
        <source>Scoring Model</source>
        <translation>Modèle de notation</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>Échelle de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>&amp;Add Criterion</source>
        <translation>&amp;Ajouter un critère</translation>
    </message>
    <message>
        <source>&amp;Remove Criterion</source>
        <translation>&amp;Retirer le critère</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Benefit and cost are each the weighted mean of their criteria, on each criterion&apos;s own scale. Changing a weight re-scores every initiative; Edit ▸ Undo takes it back.</source>
        <translation>Bénéfice et coût sont chacun la moyenne pondérée de leurs critères, sur l’échelle propre à chaque critère. Changer un poids recalcule le score de toutes les initiatives&#xa0;; Édition ▸ Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>This model&apos;s formula is fixed; you can rename criteria and change their scales.</source>
        <translation>La formule de ce modèle est fixe&#xa0;; vous pouvez renommer les critères et changer leurs échelles.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>The model needs a name.</source>
        <translation>Le modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>Edit the model %1</source>
        <translation>Modification du modèle %1</translation>
    </message>
    <message>
        <source>The change was refused; see the status bar.</source>
        <translation>La modification a été refusée&#xa0;; voir la barre d’état.</translation>
    </message>
    <message>
        <source>&amp;Weights from Comparisons…</source>
        <translation>&amp;Poids par comparaisons…</translation>
    </message>
    <message>
        <source>Derive the weights of the criteria from pairwise comparisons (AHP)</source>
        <translation>Déduire les poids des critères de comparaisons par paires (AHP)</translation>
    </message>
    <message>
        <source>Pairwise comparison needs at least two criteria on the same side.</source>
        <translation>La comparaison par paires demande au moins deux critères du même côté.</translation>
    </message>
</context>
<context>
    <name>tiller::gui::StandupView</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Mark &amp;Blocked…</source>
        <translation>Marquer comme &amp;bloquée…</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marquer comme &amp;terminée</translation>
    </message>
    <message>
        <source>Move to &amp;Tomorrow</source>
        <translation>Reporter à de&amp;main</translation>
    </message>
    <message>
        <source>Each person&apos;s yesterday, today and blockers</source>
        <translation>Hier, aujourd’hui et blocages de chaque personne</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>Nobody has anything under way today.</source>
        <translation>Personne n’a de tâche en cours aujourd’hui.</translation>
    </message>
    <message>
        <source>Fifteen minutes: time to wrap up the stand-up.</source>
        <translation>Quinze minutes&#xa0;: il est temps de conclure le point quotidien.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Sélectionnez d’abord une tâche.</translation>
    </message>
    <message>
        <source>Mark Blocked</source>
        <translation>Marquer comme bloquée</translation>
    </message>
    <message>
        <source>What blocks “%1”?</source>
        <translation>Qu’est-ce qui bloque «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Report de «&#xa0;%1&#xa0;» au %2</translation>
    </message>
</context>
<context>
    <name>tiller::gui::StrategyDialog</name>
    <message>
        <source>%1 person-days</source>
        <translation>%1 jours-personne</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>&amp;Vision and horizons</source>
        <translation>&amp;Vision et horizons</translation>
    </message>
    <message>
        <source>&amp;Pillars</source>
        <translation>&amp;Piliers</translation>
    </message>
    <message>
        <source>&amp;Budget envelopes</source>
        <translation>&amp;Enveloppes budgétaires</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <source>Where the customer experience should be in a few years, in a few sentences</source>
        <translation>Où doit en être l’expérience client dans quelques années, en quelques phrases</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Work starting within this many months is short term</source>
        <translation>Le travail qui commence dans ce nombre de mois est à court terme</translation>
    </message>
    <message>
        <source>Work starting after the short term and within this many months is medium term</source>
        <translation>Le travail qui commence après le court terme et dans ce nombre de mois est à moyen terme</translation>
    </message>
    <message>
        <source>Work starting after the medium term and within this many months is long term</source>
        <translation>Le travail qui commence après le moyen terme et dans ce nombre de mois est à long terme</translation>
    </message>
    <message>
        <source>How often the change board meets to decide on change requests</source>
        <translation>À quelle fréquence le comité de changement se réunit pour décider des demandes</translation>
    </message>
    <message>
        <source>&amp;Short term:</source>
        <translation>&amp;Court terme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Medium term:</source>
        <translation>&amp;Moyen terme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Long term:</source>
        <translation>&amp;Long terme&#xa0;:</translation>
    </message>
    <message>
        <source>The horizons are counted from today and drive the columns of the transformation map; each must be longer than the one before.</source>
        <translation>Les horizons se comptent à partir d’aujourd’hui et forment les colonnes de la cartographie de transformation&#xa0;; chacun doit être plus long que le précédent.</translation>
    </message>
    <message>
        <source>V&amp;ision:</source>
        <translation>V&amp;ision&#xa0;:</translation>
    </message>
    <message>
        <source>Change &amp;board meets:</source>
        <translation>Le comité de &amp;changement se réunit&#xa0;:</translation>
    </message>
    <message>
        <source>Horizons</source>
        <translation>Horizons</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Servi par</translation>
    </message>
    <message>
        <source>Strategic pillars</source>
        <translation>Piliers stratégiques</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected pillar (Del); what serves it is unlinked</source>
        <translation>Supprimer le pilier choisi (Suppr)&#xa0;; ce qui le sert en est détaché</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Remove Pillar</source>
        <translation>Supprimer le pilier</translation>
    </message>
    <message>
        <source>The pillars say what the program is for; every initiative and change request should serve at least one. Their order here is their order everywhere.</source>
        <translation>Les piliers disent à quoi sert le programme&#xa0;; chaque initiative et chaque demande de changement devrait en servir au moins un. Leur ordre ici est leur ordre partout.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Budget envelopes</source>
        <translation>Enveloppes budgétaires</translation>
    </message>
    <message>
        <source>Year to add</source>
        <translation>Année à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add Year</source>
        <translation>&amp;Ajouter l’année</translation>
    </message>
    <message>
        <source>&amp;Remove Year</source>
        <translation>&amp;Supprimer l’année</translation>
    </message>
    <message>
        <source>What the program may commit each year. Committed counts the bins decided on and the approved initiatives outside any bin, in the year they start. A year without an envelope is not checked.</source>
        <translation>Ce que le programme peut engager chaque année. L’engagé compte les bacs décidés et les initiatives approuvées hors de tout bac, l’année où ils commencent. Une année sans enveloppe n’est pas contrôlée.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Capacity per month</source>
        <translation>Capacité par mois</translation>
    </message>
    <message>
        <source>Peak load, next 12 months</source>
        <translation>Charge maximale, 12 prochains mois</translation>
    </message>
    <message>
        <source>Capacity per domain</source>
        <translation>Capacité par domaine</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>Capacité de %1</translation>
    </message>
    <message>
        <source> person-days</source>
        <translation> jours-personne</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <source>How many person-days each domain can give the program per month. The load counts the bins decided on and not finished, with dates, at their effort (else their open tasks&apos; estimates).</source>
        <translation>Combien de jours-personne chaque domaine peut donner au programme par mois. La charge compte les bacs décidés et non terminés, datés, à leur effort (sinon aux estimations de leurs tâches ouvertes).</translation>
    </message>
    <message>
        <source>Guardrails today</source>
        <translation>Le cadre stratégique aujourd’hui</translation>
    </message>
    <message>
        <source>Within the guardrails.</source>
        <translation>Dans le cadre stratégique.</translation>
    </message>
    <message>
        <source>As the program stands; checked again once you save.</source>
        <translation>Selon le programme tel qu’il est&#xa0;; recontrôlé après l’enregistrement.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>New pillar</source>
        <translation>Nouveau pilier</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s)</source>
        <translation>
            <numerusform>%n demande de changement</numerusform>
            <numerusform>%n demandes de changement</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 serve “%2”. Remove it and unlink them?</source>
        <translation>
            <numerusform>%1 sert «&#xa0;%2&#xa0;». Supprimer le pilier et l’en détacher&#xa0;?</numerusform>
            <numerusform>%1 servent «&#xa0;%2&#xa0;». Supprimer le pilier et les en détacher&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Envelope for %1</source>
        <translation>Enveloppe %1</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>non contrôlée</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de dépassement</translation>
    </message>
    <message>
        <source>More is committed than the envelope allows</source>
        <translation>L’engagé dépasse ce que permet l’enveloppe</translation>
    </message>
    <message>
        <source>no load</source>
        <translation>aucune charge</translation>
    </message>
    <message>
        <source>%1 in %2 (over)</source>
        <translation>%1 en %2 (dépassement)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Edit the strategy</source>
        <translation>Modifier la stratégie</translation>
    </message>
    <message>
        <source>The strategy could not be saved.</source>
        <translation>La stratégie n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>tiller::gui::TableEditorDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>tiller::gui::TasksView</name>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>&amp;New Task</source>
        <translation>&amp;Nouvelle tâche</translation>
    </message>
    <message>
        <source>&amp;Hand Over…</source>
        <translation>&amp;Confier…</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marquer comme &amp;terminée</translation>
    </message>
    <message>
        <source>Mark &amp;Blocked…</source>
        <translation>Marquer comme &amp;bloquée…</translation>
    </message>
    <message>
        <source>Objective This &amp;Week</source>
        <translation>Objectif de cette &amp;semaine</translation>
    </message>
    <message>
        <source>Objective Ne&amp;xt Week</source>
        <translation>Objectif de la semaine proc&amp;haine</translation>
    </message>
    <message>
        <source>De&amp;lete Task</source>
        <translation>Supp&amp;rimer la tâche</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mon équipe</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquées</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation>Tâches affichées</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <source>Who “mine” and “my team” mean</source>
        <translation>La personne désignée par «&#xa0;les miennes&#xa0;» et «&#xa0;mon équipe&#xa0;»</translation>
    </message>
    <message>
        <source>Filter by bin</source>
        <translation>Filtrer par bac</translation>
    </message>
    <message>
        <source>Search tasks…</source>
        <translation>Rechercher des tâches…</translation>
    </message>
    <message>
        <source>&amp;Me:</source>
        <translation>&amp;Moi&#xa0;:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Kanban</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>All bins</source>
        <translation>Tous les bacs</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>%1 sur %n tâche</numerusform>
            <numerusform>%1 sur %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Blocked</source>
        <translation>Marquer comme bloquée</translation>
    </message>
    <message>
        <source>What blocks “%1”?</source>
        <translation>Qu’est-ce qui bloque «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Clear the objective of “%1”</source>
        <translation>Retrait de l’objectif de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Make “%1” an objective this week</source>
        <translation>Ajout de «&#xa0;%1&#xa0;» aux objectifs de cette semaine</translation>
    </message>
    <message>
        <source>Make “%1” an objective next week</source>
        <translation>Ajout de «&#xa0;%1&#xa0;» aux objectifs de la semaine prochaine</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Add a task to %1</source>
        <translation>Ajout d’une tâche à %1</translation>
    </message>
    <message>
        <source>Delete task “%1”</source>
        <translation>Suppression de la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>Tâche «&#xa0;%1&#xa0;» supprimée. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Hand Over “%1”</source>
        <translation>Confier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>What they need to know: where it stands, who to ask…</source>
        <translation>Ce que la personne doit savoir&#xa0;: où en est la tâche, à qui s’adresser…</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Never handed over.</source>
        <translation>Jamais confiée.</translation>
    </message>
    <message>
        <source>Now with:</source>
        <translation>Responsable actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Hand &amp;to:</source>
        <translation>&amp;Confier à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Hand Over</source>
        <translation>Confier</translation>
    </message>
    <message>
        <source>Hand “%1” over</source>
        <translation>Passation de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tiller::gui::TouchpointDialog</name>
    <message>
        <source>New Touchpoint</source>
        <translation>Nouveau point de contact</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Welcome call</source>
        <translation>Appel de bienvenue</translation>
    </message>
    <message>
        <source>phone, web, shop…</source>
        <translation>téléphone, web, boutique…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Add the touchpoint “%1”</source>
        <translation>Ajout du point de contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the touchpoint “%1”</source>
        <translation>Modification du point de contact «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tiller::gui::VocImportDialog</name>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>Import Voice of the Customer</source>
        <translation>Importer la Voix du Client</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, columns separated by %2. The first rows are shown with their line in the file: choose which column holds each field.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, colonnes séparées par des %2. Les premières lignes sont montrées avec leur numéro dans le fichier&#xa0;: choisissez la colonne de chaque champ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>(one metric for the whole file)</source>
        <translation>(un indicateur pour tout le fichier)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;All rows are:</source>
        <translation>&amp;Toutes les lignes sont&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Journey stage:</source>
        <translation>Étape du &amp;parcours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verbatim:</source>
        <translation>&amp;Verbatim&#xa0;:</translation>
    </message>
    <message>
        <source>Dates as 2026-03-31, 31/03/2026 or your own short date. Scores: NPS 0–10, CSAT 1–5, CES 1–7. Journey stages by name, or “Journey › Stage”. Rows that do not fit are skipped and listed with their line number.</source>
        <translation>Dates comme 2026-03-31, 31/03/2026 ou votre format court. Notes&#xa0;: NPS 0–10, CSAT 1–5, CES 1–7. Étapes de parcours par leur nom, ou «&#xa0;Parcours › Étape&#xa0;». Les lignes qui ne conviennent pas sont ignorées et listées avec leur numéro.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Nothing can be imported: this portfolio is read-only (%1).</source>
        <translation>Rien ne peut être importé&#xa0;: ce portefeuille est en lecture seule (%1).</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Importing Voice of the Customer records…</source>
        <translation>Import des relevés de la Voix du Client…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>tiller::gui::VocReportDialog</name>
    <message>
        <source>Voice of the Customer Import</source>
        <translation>Import de la Voix du Client</translation>
    </message>
    <message>
        <source>Records imported from %1: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Relevés importés depuis %1&#xa0;: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Rows skipped: &lt;b&gt;%1&lt;/b&gt;. Each is listed below with its line in the file; correct them and import those rows again.</source>
        <translation>Lignes ignorées&#xa0;: &lt;b&gt;%1&lt;/b&gt;. Chacune est listée ci-dessous avec son numéro dans le fichier&#xa0;; corrigez-les et importez de nouveau ces lignes.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tiller::gui::VotingDialog</name>
    <message>
        <source>Ballot — %1</source>
        <translation>Bulletin — %1</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>&amp;Stakeholder:</source>
        <translation>&amp;Partie prenante&#xa0;:</translation>
    </message>
    <message>
        <source>Your ranking</source>
        <translation>Votre classement</translation>
    </message>
    <message>
        <source>Best first. Drag to reorder, or use Ctrl+Up and Ctrl+Down; Ctrl+T ties an initiative with the one above.</source>
        <translation>La meilleure en premier. Faites glisser pour réordonner, ou utilisez Ctrl+Haut et Ctrl+Bas&#xa0;; Ctrl+T met une initiative ex æquo avec celle du dessus.</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Tie With Above</source>
        <translation>E&amp;x æquo avec celle du dessus</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Your ballot</source>
        <translation>Votre bulletin</translation>
    </message>
    <message>
        <source>Share %1 points among the initiatives, at most %2 on one.</source>
        <translation>Répartissez %1 points entre les initiatives, %2 au plus sur une seule.</translation>
    </message>
    <message>
        <source>Share %1 points among the initiatives.</source>
        <translation>Répartissez %1 points entre les initiatives.</translation>
    </message>
    <message>
        <source>Sort each initiative: must have, should have, could have, won&apos;t have this time.</source>
        <translation>Classez chaque initiative&#xa0;: indispensable, souhaitable, envisageable, pas cette fois.</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>Dépo&amp;ser</translation>
    </message>
    <message>
        <source>(not sorted)</source>
        <translation>(non classée)</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>Indispensable</translation>
    </message>
    <message>
        <source>Should have</source>
        <translation>Souhaitable</translation>
    </message>
    <message>
        <source>Could have</source>
        <translation>Envisageable</translation>
    </message>
    <message>
        <source>Won&apos;t have this time</source>
        <translation>Pas cette fois</translation>
    </message>
    <message>
        <source>Pain points addressed</source>
        <translation>Points de douleur traités</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 of %2 points given</source>
        <translation>%1 points attribués sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 points given: %3 too many</source>
        <translation>%1 points attribués sur %2&#xa0;: %3 de trop</translation>
    </message>
</context>
<context>
    <name>tiller::gui::VotingView</name>
    <message>
        <source>Schulze</source>
        <translation>Schulze</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>Copeland</source>
        <translation>Copeland</translation>
    </message>
    <message>
        <source>Kemeny–Young</source>
        <translation>Kemeny–Young</translation>
    </message>
    <message>
        <source>Instant runoff</source>
        <translation>Vote alternatif</translation>
    </message>
    <message>
        <source>strong agreement</source>
        <translation>accord fort</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>accord modéré</translation>
    </message>
    <message>
        <source>weak agreement: worth a discussion before applying</source>
        <translation>accord faible&#xa0;: à discuter avant d’appliquer</translation>
    </message>
    <message>
        <source>&amp;New Round…</source>
        <translation>&amp;Nouveau tour…</translation>
    </message>
    <message>
        <source>&amp;Vote…</source>
        <translation>&amp;Voter…</translation>
    </message>
    <message>
        <source>&amp;Close Round</source>
        <translation>&amp;Clore le tour</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>&amp;Apply Result</source>
        <translation>&amp;Appliquer le résultat</translation>
    </message>
    <message>
        <source>Voting rounds</source>
        <translation>Tours de vote</translation>
    </message>
    <message>
        <source>Set the initiatives&apos; priority from this round&apos;s result</source>
        <translation>Fixer la priorité des initiatives d’après le résultat de ce tour</translation>
    </message>
    <message>
        <source>Result by method</source>
        <translation>Résultat par méthode</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (ouvert)</translation>
    </message>
    <message>
        <source>No voting round yet</source>
        <translation>Pas encore de tour de vote</translation>
    </message>
    <message>
        <source>Open a round to let stakeholders rank initiatives: people back what they voted on.</source>
        <translation>Ouvrez un tour pour que les parties prenantes classent les initiatives&#xa0;: on soutient ce pour quoi on a voté.</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>classement</translation>
    </message>
    <message>
        <source>dot voting (%1 points)</source>
        <translation>vote par points (%1 points)</translation>
    </message>
    <message>
        <source>MoSCoW</source>
        <translation>MoSCoW</translation>
    </message>
    <message>
        <source>%1 initiatives, %2 stakeholders; %3 ballot; counted with %4.</source>
        <translation>%1 initiatives, %2 parties prenantes&#xa0;; bulletin de %3&#xa0;; dépouillé avec %4.</translation>
    </message>
    <message>
        <source>Deadline: %1.</source>
        <translation>Échéance&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 ballots submitted. The results appear when the round closes.</source>
        <translation>%1 bulletins déposés sur %2. Les résultats apparaissent à la clôture du tour.</translation>
    </message>
    <message>
        <source>%1 ballots counted. Kendall&apos;s W = %2: %3.</source>
        <translation>%1 bulletins dépouillés. W de Kendall = %2&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n time(s).</source>
        <translation>
            <numerusform>Rouvert %n fois.</numerusform>
            <numerusform>Rouvert %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (ranked %2 to %3)</source>
        <translation>%1 (classée de %2 à %3)</translation>
    </message>
    <message>
        <source>Most contested: %1.</source>
        <translation>Les plus contestées&#xa0;: %1.</translation>
    </message>
    <message>
        <source> (used)</source>
        <translation> (utilisée)</translation>
    </message>
    <message>
        <source>Round opened. Stakeholders vote with Vote…; results appear at closing.</source>
        <translation>Tour ouvert. Les parties prenantes votent avec Voter…&#xa0;; les résultats apparaissent à la clôture.</translation>
    </message>
    <message>
        <source>Round closed: the result is frozen.</source>
        <translation>Tour clos&#xa0;: le résultat est figé.</translation>
    </message>
    <message>
        <source>Round reopened; the reopening is recorded in the audit trail.</source>
        <translation>Tour rouvert&#xa0;; la réouverture est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <source>The initiatives&apos; priorities now follow this round&apos;s result.</source>
        <translation>Les priorités des initiatives suivent désormais le résultat de ce tour.</translation>
    </message>
    <message>
        <source>Pairwise preferences: how many ballots rank the row above the column</source>
        <translation>Préférences par paires&#xa0;: combien de bulletins placent la ligne avant la colonne</translation>
    </message>
    <message>
        <source>Pairwise preferences</source>
        <translation>Préférences par paires</translation>
    </message>
    <message>
        <source>%1 is preferred to %2 by %3 ballots against %4</source>
        <translation>%1 est préférée à %2 par %3 bulletins contre %4</translation>
    </message>
    <message>
        <source>&amp;Decisions…</source>
        <translation>&amp;Décisions…</translation>
    </message>
    <message>
        <source>Compare two recorded decisions: what moved, and which weights changed</source>
        <translation>Comparer deux décisions enregistrées&#xa0;: ce qui a bougé et quels poids ont changé</translation>
    </message>
    <message>
        <source>&amp;Import Ballots…</source>
        <translation>&amp;Importer des bulletins…</translation>
    </message>
    <message>
        <source>Ballots collected outside the app: a CSV with the columns voter,ranking</source>
        <translation>Bulletins recueillis hors de l’application&#xa0;: un CSV avec les colonnes voter,ranking</translation>
    </message>
    <message>
        <source>Import Ballots</source>
        <translation>Importer des bulletins</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Can&apos;t read %1 (missing, unreadable or over 16 MB).</source>
        <translation>Impossible de lire %1 (absent, illisible ou de plus de 16 Mo).</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n ballot(s).</source>
        <translation>
            <numerusform>%n bulletin importé.</numerusform>
            <numerusform>%n bulletins importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Round</source>
        <translation>Clore le tour</translation>
    </message>
    <message>
        <source>Why close now? (optional; kept with the decision)</source>
        <translation>Pourquoi clore maintenant&#xa0;? (facultatif&#xa0;; conservé avec la décision)</translation>
    </message>
    <message>
        <source>Apply Result</source>
        <translation>Appliquer le résultat</translation>
    </message>
    <message>
        <source>The rationale for this prioritisation (optional; kept with the decision)</source>
        <translation>La justification de cette priorisation (facultatif&#xa0;; conservée avec la décision)</translation>
    </message>
    <message>
        <source>By score today</source>
        <translation>Par score actuel</translation>
    </message>
    <message>
        <source>The same initiatives by today&apos;s score under %1 (not frozen)</source>
        <translation>Les mêmes initiatives par score actuel selon %1 (non figé)</translation>
    </message>
    <message>
        <source>The same initiatives by today&apos;s score (not frozen)</source>
        <translation>Les mêmes initiatives par score actuel (non figé)</translation>
    </message>
</context>
<context>
    <name>tiller::gui::WeeklyReviewView</name>
    <message>
        <source>◀ Previous Week</source>
        <translation>◀ Semaine précédente</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Next Week ▶</source>
        <translation>Semaine suivante ▶</translation>
    </message>
    <message>
        <source>The week in review</source>
        <translation>Bilan de la semaine</translation>
    </message>
    <message>
        <source>Open tasks to plan</source>
        <translation>Tâches ouvertes à planifier</translation>
    </message>
    <message>
        <source>&amp;Add to Next Week&apos;s Objectives</source>
        <translation>Ajouter aux objectifs de la se&amp;maine prochaine</translation>
    </message>
    <message>
        <source>Plan next week</source>
        <translation>Planifier la semaine prochaine</translation>
    </message>
    <message>
        <source>Open tasks due within three weeks, by deadline:</source>
        <translation>Tâches ouvertes arrivant à échéance d’ici trois semaines, par échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>What was said: successes, concerns, help needed…</source>
        <translation>Ce qui a été dit&#xa0;: réussites, préoccupations, besoins d’aide…</translation>
    </message>
    <message>
        <source>What was decided, by whom, by when…</source>
        <translation>Ce qui a été décidé, par qui, pour quand…</translation>
    </message>
    <message>
        <source>&amp;Save Meeting Record</source>
        <translation>Enregi&amp;strer le compte rendu</translation>
    </message>
    <message>
        <source>Export A&amp;genda…</source>
        <translation>Exporter l’&amp;ordre du jour…</translation>
    </message>
    <message>
        <source>Export &amp;Minutes…</source>
        <translation>Exporter le compte &amp;rendu…</translation>
    </message>
    <message>
        <source>Meeting record</source>
        <translation>Compte rendu de réunion</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Décisions&#xa0;:</translation>
    </message>
    <message>
        <source>Successes to celebrate</source>
        <translation>Réussites à célébrer</translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation>Glissements</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>Weekly objectives</source>
        <translation>Objectifs de la semaine</translation>
    </message>
    <message>
        <source>%1 — %2 met, %3 missed</source>
        <translation>%1 — atteints&#xa0;: %2, manqués&#xa0;: %3</translation>
    </message>
    <message>
        <source>No objectives were set for this week.</source>
        <translation>Aucun objectif n’a été fixé pour cette semaine.</translation>
    </message>
    <message>
        <source>Next week&apos;s objectives</source>
        <translation>Objectifs de la semaine prochaine</translation>
    </message>
    <message>
        <source>Select the tasks to plan for next week first.</source>
        <translation>Sélectionnez d’abord les tâches à planifier pour la semaine prochaine.</translation>
    </message>
    <message numerus="yes">
        <source>Plan %n objective(s) for %1</source>
        <translation>
            <numerusform>Planification de %n objectif pour %1</numerusform>
            <numerusform>Planification de %n objectifs pour %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) set for next week.</source>
        <translation>
            <numerusform>%n objectif fixé pour la semaine prochaine.</numerusform>
            <numerusform>%n objectifs fixés pour la semaine prochaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>Revue hebdomadaire %1</translation>
    </message>
    <message>
        <source>Save the weekly review of %1</source>
        <translation>Enregistrement de la revue hebdomadaire de %1</translation>
    </message>
    <message>
        <source>Saved the meeting record of %1.</source>
        <translation>Compte rendu de la réunion enregistré (%1).</translation>
    </message>
    <message>
        <source>no portfolio is open</source>
        <translation>aucun portefeuille n’est ouvert</translation>
    </message>
    <message>
        <source>the meeting record could not be saved</source>
        <translation>le compte rendu de réunion n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>can&apos;t write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Weekly review minutes</source>
        <translation>Compte rendu de la revue hebdomadaire</translation>
    </message>
    <message>
        <source>Weekly review agenda</source>
        <translation>Ordre du jour de la revue hebdomadaire</translation>
    </message>
    <message>
        <source>can&apos;t write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>choose a file ending in .pdf or .md</source>
        <translation>choisissez un fichier se terminant par .pdf ou .md</translation>
    </message>
    <message>
        <source>Export the Minutes</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <source>Export the Agenda</source>
        <translation>Exporter l’ordre du jour</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier %1 écrit</translation>
    </message>
    <message>
        <source>&amp;Celebrate</source>
        <translation>&amp;Célébrer</translation>
    </message>
    <message>
        <source>Recognise the selected successes: their owners earn the points (Ctrl+Z takes it back)</source>
        <translation>Célébrer les réussites sélectionnées&#xa0;: leurs responsables gagnent les points (Ctrl+Z revient en arrière)</translation>
    </message>
    <message>
        <source>Celebrated on %1</source>
        <translation>Succès célébré le %1</translation>
    </message>
    <message>
        <source>Select the successes to celebrate first.</source>
        <translation>Sélectionnez d’abord les réussites à célébrer.</translation>
    </message>
    <message>
        <source>Only done tasks not celebrated yet can be celebrated.</source>
        <translation>Seules les tâches terminées et pas encore célébrées peuvent être célébrées.</translation>
    </message>
    <message numerus="yes">
        <source>Celebrate %n success(es)</source>
        <translation>
            <numerusform>Célébration de %n succès</numerusform>
            <numerusform>Célébration de %n succès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n success(es) celebrated.</source>
        <translation>
            <numerusform>%n succès célébré.</numerusform>
            <numerusform>%n succès célébrés.</numerusform>
        </translation>
    </message>
</context>
</TS>
