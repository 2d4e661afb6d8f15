<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About WAT Desktop</source>
      <translation>Informazioni su WAT Desktop</translation>
    </message>
    <message>
      <source>Version %1</source>
      <translation>Versione %1</translation>
    </message>
    <message>
      <source>Welfare Aziendale Territoriale: company welfare planned with the territorial network, for small firms.</source>
      <translation>Welfare Aziendale Territoriale: il welfare aziendale pianificato con la rete del territorio, per le piccole imprese.</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Cartella dei dati</translation>
    </message>
    <message>
      <source>Firms, plans, backups and settings. Uninstalling the program leaves this folder in place.</source>
      <translation>Aziende, piani, copie di sicurezza e impostazioni. Se si disinstalla il programma, la cartella resta al suo posto.</translation>
    </message>
    <message>
      <source>&amp;Open data folder</source>
      <translation>&amp;Apri la cartella dei dati</translation>
    </message>
    <message>
      <source>Licences</source>
      <translation>Licenze</translation>
    </message>
    <message>
      <source>WAT Desktop is free software released under the MIT licence. It comes with no warranty; the figures it shows are estimates, not tax advice.</source>
      <translation>WAT Desktop è software libero distribuito con licenza MIT, senza alcuna garanzia; gli importi che mostra sono stime e non costituiscono consulenza fiscale.</translation>
    </message>
    <message>
      <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0). They are shipped unmodified as separate shared libraries, which you may replace with your own build; their source code is available from https://code.qt.io and https://download.qt.io.</source>
      <translation>Qt e PySide6 sono utilizzati secondo la GNU Lesser General Public License versione 3 (LGPL-3.0). Sono distribuiti senza modifiche come librerie condivise separate, che potete sostituire con una vostra compilazione; il codice sorgente è disponibile su https://code.qt.io e https://download.qt.io.</translation>
    </message>
    <message>
      <source>Third-party components</source>
      <translation>Componenti di terze parti</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>Componente</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versione</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licenza</translation>
    </message>
    <message>
      <source>Full licence texts:</source>
      <translation>Testi completi delle licenze:</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <source>automatic</source>
      <translation>automatico</translation>
    </message>
    <message>
      <source>manual</source>
      <translation>manuale</translation>
    </message>
    <message>
      <source>before deleting a firm</source>
      <translation>prima dell'eliminazione di un'azienda</translation>
    </message>
    <message>
      <source>when encryption was switched on</source>
      <translation>all'attivazione della cifratura</translation>
    </message>
    <message>
      <source>when encryption was switched off</source>
      <translation>alla disattivazione della cifratura</translation>
    </message>
    <message>
      <source>before the database migration (kept)</source>
      <translation>prima della migrazione del database (conservato)</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Backups</source>
      <translation>Backup</translation>
    </message>
    <message>
      <source>Backups are verified copies of all your data, taken automatically. Restoring one replaces the current data; the current database is kept aside.</source>
      <translation>I backup sono copie verificate di tutti i vostri dati, eseguite automaticamente. Ripristinarne uno sostituisce i dati attuali; il database attuale viene conservato a parte.</translation>
    </message>
    <message>
      <source>Data as of</source>
      <translation>Dati al</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Dimensione</translation>
    </message>
    <message>
      <source>Backup status</source>
      <translation>Stato dei backup</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
      <source>&amp;Restore selected…</source>
      <translation>&amp;Ripristina selezionato…</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Ancora nessun backup.</translation>
    </message>
    <message>
      <source>Backup taken and verified: data as of %1.</source>
      <translation>Backup eseguito e verificato: dati al %1.</translation>
    </message>
    <message>
      <source>Replace all current data with the backup of %1? Changes made after that moment will not be in the app (the current database is kept aside).</source>
      <translation>Sostituire tutti i dati attuali con il backup del %1? Le modifiche fatte dopo quel momento non saranno più nell'app (il database attuale viene conservato a parte).</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>Ripristina backup</translation>
    </message>
    <message>
      <source>This backup is damaged and was not restored; nothing was changed.</source>
      <translation>Questo backup è danneggiato e non è stato ripristinato; nulla è stato modificato.</translation>
    </message>
    <message>
      <source>Backup restored. The data you see now is from %1.</source>
      <translation>Backup ripristinato. I dati che vedete ora risalgono al %1.</translation>
    </message>
  </context>
  <context>
    <name>BenefitType</name>
    <message>
      <source>Health fund contributions</source>
      <translation>Contributi a fondi sanitari</translation>
    </message>
    <message>
      <source>Meal vouchers</source>
      <translation>Buoni pasto</translation>
    </message>
    <message>
      <source>Public transport passes</source>
      <translation>Abbonamenti al trasporto pubblico</translation>
    </message>
    <message>
      <source>Education, recreation, social and health services (in kind)</source>
      <translation>Servizi di educazione, ricreazione, assistenza sociale e sanitaria (in natura)</translation>
    </message>
    <message>
      <source>Education services for family members</source>
      <translation>Servizi di istruzione ed educazione per i familiari</translation>
    </message>
    <message>
      <source>Care for elderly or dependent relatives</source>
      <translation>Assistenza a familiari anziani o non autosufficienti</translation>
    </message>
    <message>
      <source>Long-term-care and serious-illness cover</source>
      <translation>Coperture per non autosufficienza e gravi patologie</translation>
    </message>
    <message>
      <source>Pension fund contributions</source>
      <translation>Contributi alla previdenza complementare</translation>
    </message>
    <message>
      <source>Goods, services and vouchers (fringe benefits)</source>
      <translation>Beni, servizi e buoni (fringe benefit)</translation>
    </message>
    <message>
      <source>Home utility bills, rent or mortgage interest</source>
      <translation>Utenze domestiche, affitto o interessi del mutuo</translation>
    </message>
  </context>
  <context>
    <name>BudgetPage</name>
    <message>
      <source>Employees may take the bonus as welfare</source>
      <translation>I dipendenti possono convertire il premio in welfare</translation>
    </message>
    <message>
      <source>None</source>
      <comment>co-funding source</comment>
      <translation>Nessuna</translation>
    </message>
    <message>
      <source>Regional call (e.g. Piemonte WeCaRe)</source>
      <translation>Bando regionale (ad es. Piemonte WeCaRe)</translation>
    </message>
    <message>
      <source>Territorial network or bilateral body</source>
      <translation>Rete territoriale o ente bilaterale</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Altro</translation>
    </message>
    <message>
      <source>&amp;Year</source>
      <translation>&amp;Anno</translation>
    </message>
    <message>
      <source>Yearly welfare &amp;budget</source>
      <translation>&amp;Budget annuo per il welfare</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Yearly productivity &amp;bonus (all employees)</source>
      <translation>&amp;Premio di risultato annuo (tutti i dipendenti)</translation>
    </message>
    <message>
      <source>Conversion</source>
      <translation>Conversione</translation>
    </message>
    <message>
      <source>Share expected as &amp;welfare</source>
      <translation>Quota prevista in &amp;welfare</translation>
    </message>
    <message>
      <source>Productivity bonus</source>
      <translation>Premio di risultato</translation>
    </message>
    <message>
      <source>Co-&amp;funding per year</source>
      <translation>&amp;Cofinanziamento annuo</translation>
    </message>
    <message>
      <source>&amp;Source</source>
      <translation>&amp;Fonte</translation>
    </message>
    <message>
      <source>Regional or network co-funding</source>
      <translation>Cofinanziamento regionale o di rete</translation>
    </message>
    <message>
      <source>Compulsory welfare of your CCNL (already due)</source>
      <translation>Welfare obbligatorio del vostro CCNL (già dovuto)</translation>
    </message>
    <message>
      <source>Tax terms in brief</source>
      <translation>I termini fiscali in breve</translation>
    </message>
    <message>
      <source>What you can spend on welfare in a year, and the money that may come from a productivity bonus or from co-funding. Amounts in euros, e.g. %1.</source>
      <translation>Quanto potete spendere in welfare in un anno e le somme che possono arrivare da un premio di risultato o da un cofinanziamento. Importi in euro, ad es. %1.</translation>
    </message>
    <message>
      <source>Write an amount in euros, for example %1.</source>
      <translation>Scrivete un importo in euro, ad esempio %1.</translation>
    </message>
    <message>
      <source>No compulsory welfare figure is known for this CCNL and year.</source>
      <translation>Per questo CCNL e quest'anno non è disponibile un importo di welfare obbligatorio.</translation>
    </message>
    <message>
      <source>Your CCNL carries no compulsory welfare.</source>
      <translation>Il vostro CCNL non prevede welfare obbligatorio.</translation>
    </message>
    <message>
      <source>Employees covered: %1; rule year %2.</source>
      <translation>Dipendenti interessati: %1; regole dell'anno %2.</translation>
    </message>
    <message>
      <source>Not counted (other categories, such as dirigenti, with a contract and a fund of their own): %1.</source>
      <translation>Esclusi (altre categorie, come i dirigenti, che hanno un contratto e un fondo propri): %1.</translation>
    </message>
    <message>
      <source>Health fund amounts include the employer's 10% solidarity contribution.</source>
      <translation>Gli importi del fondo sanitario comprendono il contributo di solidarietà del 10% a carico dell'azienda.</translation>
    </message>
    <message>
      <source>References: %1.</source>
      <translation>Riferimenti: %1.</translation>
    </message>
    <message>
      <source>%1 per employee</source>
      <translation>%1 per dipendente</translation>
    </message>
    <message>
      <source>%1 + %2% = %3 per employee</source>
      <translation>%1 + %2% = %3 per dipendente</translation>
    </message>
    <message>
      <source>Total already due</source>
      <translation>Totale già dovuto</translation>
    </message>
  </context>
  <context>
    <name>Catalogue</name>
    <message>
      <source>Employees</source>
      <translation>Dipendenti</translation>
    </message>
    <message>
      <source>Family members</source>
      <translation>Familiari</translation>
    </message>
    <message>
      <source>Former workers</source>
      <translation>Ex dipendenti</translation>
    </message>
    <message>
      <source>Citizens</source>
      <translation>Cittadini</translation>
    </message>
    <message>
      <source>per employee per year</source>
      <translation>per dipendente all'anno</translation>
    </message>
    <message>
      <source>per child per week</source>
      <translation>per figlio a settimana</translation>
    </message>
    <message>
      <source>per month</source>
      <translation>al mese</translation>
    </message>
    <message>
      <source>per hour</source>
      <translation>all'ora</translation>
    </message>
    <message>
      <source>per use</source>
      <translation>a prestazione</translation>
    </message>
    <message>
      <source>%1 a year</source>
      <translation>%1 all'anno</translation>
    </message>
    <message>
      <source>%1 a week</source>
      <translation>%1 a settimana</translation>
    </message>
    <message>
      <source>%1 a month</source>
      <translation>%1 al mese</translation>
    </message>
    <message>
      <source>%1 an hour</source>
      <translation>%1 all'ora</translation>
    </message>
    <message>
      <source>%1 per use</source>
      <translation>%1 a prestazione</translation>
    </message>
    <message>
      <source>Social co-operative</source>
      <translation>Cooperativa sociale</translation>
    </message>
    <message>
      <source>Association</source>
      <translation>Associazione</translation>
    </message>
    <message>
      <source>Mutual-aid society</source>
      <translation>Società di mutuo soccorso</translation>
    </message>
    <message>
      <source>Public body</source>
      <translation>Ente pubblico</translation>
    </message>
    <message>
      <source>Bilateral body</source>
      <translation>Ente bilaterale</translation>
    </message>
    <message>
      <source>Health fund</source>
      <translation>Fondo sanitario</translation>
    </message>
    <message>
      <source>Private firm</source>
      <translation>Impresa privata</translation>
    </message>
    <message>
      <source>Local shop</source>
      <translation>Negozio di vicinato</translation>
    </message>
  </context>
  <context>
    <name>CatalogueFormat</name>
    <message>
      <source>… and %1 more problems</source>
      <translation>… e altri %1 problemi</translation>
    </message>
    <message>
      <source>duplicate key "%1" in the object with id "%2"</source>
      <translation>chiave "%1" ripetuta nell'oggetto con id "%2"</translation>
    </message>
    <message>
      <source>duplicate key "%1"</source>
      <translation>chiave "%1" ripetuta</translation>
    </message>
    <message>
      <source>%1 is not allowed: numbers must be finite</source>
      <translation>%1 non è ammesso: i numeri devono essere finiti</translation>
    </message>
    <message>
      <source>number %1 is too large</source>
      <translation>il numero %1 è troppo grande</translation>
    </message>
    <message>
      <source>not UTF-8 text (byte %1)</source>
      <translation>il testo non è in UTF-8 (byte %1)</translation>
    </message>
    <message>
      <source>nested more than %1 levels deep</source>
      <translation>annidamento oltre %1 livelli</translation>
    </message>
    <message>
      <source>malformed JSON at line %1, column %2: %3</source>
      <translation>JSON non valido alla riga %1, colonna %2: %3</translation>
    </message>
    <message>
      <source>the file must hold one JSON object</source>
      <translation>il file deve contenere un unico oggetto JSON</translation>
    </message>
    <message>
      <source>file too large (%1 bytes; at most %2)</source>
      <translation>file troppo grande (%1 byte; massimo %2)</translation>
    </message>
    <message>
      <source>not a JSON file (line %1, column %2)</source>
      <translation>non è un file JSON valido (riga %1, colonna %2)</translation>
    </message>
    <message>
      <source>not a WAT Desktop demand file ("format" must be "wat-demand")</source>
      <translation>non è un file di domanda di WAT Desktop ("format" deve essere "wat-demand")</translation>
    </message>
    <message>
      <source>the checksum does not match: the file was changed or damaged</source>
      <translation>il codice di controllo non corrisponde: il file è stato modificato o è danneggiato</translation>
    </message>
    <message>
      <source>the offer "%1" appears twice</source>
      <translation>l'offerta "%1" compare due volte</translation>
    </message>
    <message>
      <source>a number in the file has too many digits</source>
      <translation>un numero nel file ha troppe cifre</translation>
    </message>
    <message>
      <source>must be a whole number or "small"</source>
      <translation>deve essere un numero intero oppure "small"</translation>
    </message>
    <message>
      <source>"%1" is not a firm key: the key is 32 random characters from 0-9 and a-f (never a name or a Partita IVA)</source>
      <translation>"%1" non è una chiave d'azienda: la chiave è formata da 32 caratteri casuali tra 0-9 e a-f (mai un nome o una Partita IVA)</translation>
    </message>
    <message>
      <source>must be a UTC date and time like 2026-11-20T10:00:00Z, not "%1"</source>
      <translation>deve essere una data e ora UTC come 2026-11-20T10:00:00Z, non "%1"</translation>
    </message>
    <message>
      <source>"%1" is not a municipality name: digits, e-mail addresses and paths are refused</source>
      <translation>"%1" non è il nome di un comune: cifre, indirizzi e-mail e percorsi non sono ammessi</translation>
    </message>
    <message>
      <source>the field "%1" appears twice</source>
      <translation>il campo "%1" compare due volte</translation>
    </message>
    <message>
      <source>%1 is not a number JSON allows</source>
      <translation>%1 non è un numero ammesso in JSON</translation>
    </message>
    <message>
      <source>the file is nested too deeply</source>
      <translation>il file ha troppi livelli annidati</translation>
    </message>
    <message>
      <source>not a WAT Desktop firm file ("format" must be "wat-desktop-firm")</source>
      <translation>non è un file azienda di WAT Desktop ("format" deve essere "wat-desktop-firm")</translation>
    </message>
    <message>
      <source>this file has schema version %1; this version of WAT Desktop reads schema version %2</source>
      <translation>questo file ha la versione di schema %1; questa versione di WAT Desktop legge la versione di schema %2</translation>
    </message>
    <message>
      <source>required field is missing</source>
      <translation>campo obbligatorio mancante</translation>
    </message>
    <message>
      <source>unknown field</source>
      <translation>campo non previsto</translation>
    </message>
    <message>
      <source>unknown value "%1"; allowed: %2</source>
      <translation>valore "%1" non previsto; valori ammessi: %2</translation>
    </message>
    <message>
      <source>must be %2, not "%1"</source>
      <translation>deve essere %2, non "%1"</translation>
    </message>
    <message>
      <source>must be text</source>
      <translation>deve essere un testo</translation>
    </message>
    <message>
      <source>must be a whole number</source>
      <translation>deve essere un numero intero</translation>
    </message>
    <message>
      <source>must be true or false</source>
      <translation>deve essere true o false</translation>
    </message>
    <message>
      <source>must be a list</source>
      <translation>deve essere un elenco</translation>
    </message>
    <message>
      <source>must be an object</source>
      <translation>deve essere un oggetto</translation>
    </message>
    <message>
      <source>must be a date like 2026-12-31</source>
      <translation>deve essere una data nel formato 2026-12-31</translation>
    </message>
    <message>
      <source>invalid id "%1": use lower-case letters, digits, - and _</source>
      <translation>identificativo "%1" non valido: usare lettere minuscole, cifre, - e _</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>non può essere vuoto</translation>
    </message>
    <message>
      <source>too long (at most %2 characters)</source>
      <translation>troppo lungo (massimo %2 caratteri)</translation>
    </message>
    <message>
      <source>has too few entries (at least %2)</source>
      <translation>contiene troppo pochi elementi (minimo %2)</translation>
    </message>
    <message>
      <source>too many entries (at most %2)</source>
      <translation>contiene troppi elementi (massimo %2)</translation>
    </message>
    <message>
      <source>%1 is too small (at least %2)</source>
      <translation>%1 è troppo piccolo (minimo %2)</translation>
    </message>
    <message>
      <source>%1 is too large (at most %2)</source>
      <translation>%1 è troppo grande (massimo %2)</translation>
    </message>
    <message>
      <source>amount "%1" must not be negative</source>
      <translation>l'importo "%1" non può essere negativo</translation>
    </message>
    <message>
      <source>amount "%1" must be euros with at most two decimals, like "175.00"</source>
      <translation>l'importo "%1" deve essere in euro con al massimo due decimali, ad esempio "175.00"</translation>
    </message>
    <message>
      <source>amount "%1" is implausibly large</source>
      <translation>l'importo "%1" è troppo elevato per essere plausibile</translation>
    </message>
    <message>
      <source>unknown benefit type "%1"</source>
      <translation>tipo di prestazione "%1" non previsto</translation>
    </message>
    <message>
      <source>price tiers must have strictly ascending min_users</source>
      <translation>le fasce di prezzo devono avere min_users strettamente crescente</translation>
    </message>
    <message>
      <source>valid_to is before valid_from</source>
      <translation>valid_to è precedente a valid_from</translation>
    </message>
    <message>
      <source>need key "%2" is not in the offer's need areas</source>
      <translation>il bisogno "%2" non rientra nelle aree di bisogno dell'offerta</translation>
    </message>
    <message>
      <source>duplicate id "%2"</source>
      <translation>identificativo "%2" ripetuto</translation>
    </message>
    <message>
      <source>unknown provider "%2"</source>
      <translation>fornitore "%2" non presente nel catalogo</translation>
    </message>
    <message>
      <source>commitment to "%2", which is not a pooled offer of this catalogue</source>
      <translation>adesione a "%2", che non è un'offerta in aggregazione di questo catalogo</translation>
    </message>
    <message>
      <source>not a WAT catalogue file ("format" must be "wat-catalogue")</source>
      <translation>non è un file di catalogo WAT ("format" deve essere "wat-catalogue")</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (line %1): save it as UTF-8 and try again</source>
      <translation>il file non è un testo UTF-8 (riga %1): salvatelo in UTF-8 e riprovate</translation>
    </message>
    <message>
      <source>an object has %1 fields (at most %2): this is not an exchange file</source>
      <translation>un oggetto ha %1 campi (al massimo %2): non è un file di scambio</translation>
    </message>
    <message>
      <source>the file is larger than %1 MB</source>
      <translation>il file supera %1 MB</translation>
    </message>
    <message>
      <source>the file cannot be read: %1</source>
      <translation>impossibile leggere il file: %1</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>il file non è un testo UTF-8</translation>
    </message>
    <message>
      <source>the file is larger than %1 KB</source>
      <translation>il file supera %1 KB</translation>
    </message>
    <message>
      <source>%1 is a count below the anonymity threshold (%2) and may not be shown</source>
      <translation>%1 è un conteggio sotto la soglia di anonimato (%2) e non può essere mostrato</translation>
    </message>
    <message>
      <source>the hidden count of answer "%1" can be worked out from the other cells and the total</source>
      <translation>il conteggio nascosto della risposta "%1" si ricava dalle altre celle e dal totale</translation>
    </message>
    <message>
      <source>the need count is published while an answer it adds up is hidden</source>
      <translation>il conteggio del bisogno è pubblicato mentre una risposta che lo compone è nascosta</translation>
    </message>
    <message>
      <source>fewer respondents than the threshold, yet a count is published</source>
      <translation>rispondenti inferiori alla soglia, eppure è pubblicato un conteggio</translation>
    </message>
  </context>
  <context>
    <name>CatalogueImport</name>
    <message>
      <source>%1, version %2: %3 offers from %4 providers.</source>
      <translation>%1, versione %2: offerte %3, fornitori %4.</translation>
    </message>
    <message>
      <source>This catalogue is already the current one.</source>
      <translation>Questo catalogo è già quello in uso.</translation>
    </message>
    <message>
      <source>First catalogue of this network: every offer is new.</source>
      <translation>Primo catalogo di questa rete: tutte le offerte sono nuove.</translation>
    </message>
    <message>
      <source>Warning: version %1 is older than the current version %2.</source>
      <translation>Attenzione: la versione %1 è precedente a quella in uso (%2).</translation>
    </message>
    <message>
      <source>Changes from version %1 to version %2:</source>
      <translation>Modifiche dalla versione %1 alla versione %2:</translation>
    </message>
    <message>
      <source>No offer added, removed or repriced.</source>
      <translation>Nessuna offerta aggiunta, ritirata o con prezzo modificato.</translation>
    </message>
    <message>
      <source>+ added: %1 (%2)</source>
      <translation>+ aggiunta: %1 (%2)</translation>
    </message>
    <message>
      <source>− removed: %1</source>
      <translation>− ritirata: %1</translation>
    </message>
    <message>
      <source>~ repriced: %1: %2 → %3</source>
      <translation>~ nuovo prezzo: %1: %2 → %3</translation>
    </message>
    <message>
      <source>~ pooled prices or thresholds changed: %1</source>
      <translation>~ prezzi di rete o soglie modificati: %1</translation>
    </message>
    <message>
      <source>… and %1 more changes.</source>
      <translation>… e altre modifiche: %1.</translation>
    </message>
  </context>
  <context>
    <name>CatalogueImporter</name>
    <message>
      <source>Import catalogue</source>
      <translation>Importa catalogo</translation>
    </message>
    <message>
      <source>Catalogue files (*.json)</source>
      <translation>File di catalogo (*.json)</translation>
    </message>
    <message>
      <source>The catalogue was not imported and nothing was changed.</source>
      <translation>Il catalogo non è stato importato e non è stato modificato nulla.</translation>
    </message>
    <message>
      <source>Apply these changes?</source>
      <translation>Applicare queste modifiche?</translation>
    </message>
    <message>
      <source>Catalogue %1 (version %2) imported.</source>
      <translation>Catalogo %1 (versione %2) importato.</translation>
    </message>
  </context>
  <context>
    <name>Ccnl</name>
    <message>
      <source>Metalworking industry (Federmeccanica)</source>
      <translation>Metalmeccanici industria (Federmeccanica)</translation>
    </message>
    <message>
      <source>Metalworking SMEs (Confapi)</source>
      <translation>Metalmeccanici PMI (Confapi)</translation>
    </message>
    <message>
      <source>Metalworking crafts</source>
      <translation>Artigianato metalmeccanico</translation>
    </message>
    <message>
      <source>Commerce and services (Confcommercio)</source>
      <translation>Commercio e terziario (Confcommercio)</translation>
    </message>
    <message>
      <source>Other agreement</source>
      <translation>Altro contratto</translation>
    </message>
  </context>
  <context>
    <name>CcnlObligation</name>
    <message>
      <source>Flexible benefits</source>
      <translation>Flexible benefit</translation>
    </message>
    <message>
      <source>Health fund</source>
      <translation>Fondo sanitario</translation>
    </message>
    <message>
      <source>Bilateral body</source>
      <translation>Ente bilaterale</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>WAT Desktop is already open on this data folder. Close the other window (or wait for the other command to finish) and try again.</source>
      <translation>WAT Desktop è già aperto su questa cartella dati. Chiudete l'altra finestra (o attendete la fine dell'altro comando) e riprovate.</translation>
    </message>
    <message>
      <source>No firm with id %1.</source>
      <translation>Nessuna azienda con id %1.</translation>
    </message>
    <message>
      <source>The catalogue was not imported and nothing was changed.</source>
      <translation>Il catalogo non è stato importato e non è stato modificato nulla.</translation>
    </message>
    <message>
      <source>Nothing changed yet: run again with --yes to apply.</source>
      <translation>Nessuna modifica applicata: ripetere il comando con --yes per applicarle.</translation>
    </message>
    <message>
      <source>Apply these changes? [y/N] </source>
      <translation>Applicare queste modifiche? [s/N] </translation>
    </message>
    <message>
      <source>Nothing changed.</source>
      <translation>Nessuna modifica.</translation>
    </message>
    <message>
      <source>Catalogue %1 (version %2) imported.</source>
      <translation>Catalogo %1 (versione %2) importato.</translation>
    </message>
    <message>
      <source>No network catalogue yet: import one first.</source>
      <translation>Nessun catalogo di rete: importatene prima uno.</translation>
    </message>
    <message numerus="yes">
      <source>%1, version %2 (%n offers)</source>
      <translation>
        <numerusform>%1, versione %2 (%n offerta)</numerusform>
        <numerusform>%1, versione %2 (%n offerte)</numerusform>
      </translation>
    </message>
    <message>
      <source>pooled</source>
      <translation>in aggregazione</translation>
    </message>
    <message>
      <source>import a network catalogue file or list the current one</source>
      <translation>importa un file di catalogo della rete o elenca quello in uso</translation>
    </message>
    <message>
      <source>Give a firm id and --out FILE.pdf or --verify FILE.pdf, or --all --out-dir DIR.</source>
      <translation>Indicate l'id dell'azienda e --out FILE.pdf o --verify FILE.pdf, oppure --all --out-dir CARTELLA.</translation>
    </message>
    <message>
      <source>Dossier written to %1</source>
      <translation>Dossier salvato in %1</translation>
    </message>
    <message>
      <source>Data fingerprint (SHA-256): %1</source>
      <translation>Impronta dei dati (SHA-256): %1</translation>
    </message>
    <message>
      <source>The file cannot be read: %1</source>
      <translation>Il file non può essere letto: %1</translation>
    </message>
    <message>
      <source>The file does not match the firm's current data: the data changed after it was made, or the file was altered.</source>
      <translation>Il file non corrisponde ai dati attuali dell'azienda: i dati sono cambiati dopo la sua creazione, oppure il file è stato modificato.</translation>
    </message>
    <message>
      <source>The file matches the firm's current data byte for byte (fingerprint %1).</source>
      <translation>Il file corrisponde byte per byte ai dati attuali dell'azienda (impronta %1).</translation>
    </message>
    <message>
      <source>There is no firm in the database.</source>
      <translation>Nel database non c'è alcuna azienda.</translation>
    </message>
    <message numerus="yes">
      <source>%n dossiers written to %1</source>
      <translation>
        <numerusform>%n dossier scritto in %1</numerusform>
        <numerusform>%n dossier scritti in %1</numerusform>
      </translation>
    </message>
    <message>
      <source>export a firm's membership dossier as PDF</source>
      <translation>esporta in PDF il dossier di adesione di un'azienda</translation>
    </message>
    <message>
      <source>Demo network and demo firm ready: %1 (id %2).</source>
      <translation>Rete e azienda dimostrative pronte: %1 (id %2).</translation>
    </message>
    <message>
      <source>No firms yet: create one in the app or run 'wat-desktop demo'.</source>
      <translation>Nessuna azienda: createne una nell'app o eseguite 'wat-desktop demo'.</translation>
    </message>
    <message>
      <source>fill the database with the demo network and firm</source>
      <translation>riempie il database con la rete e l'azienda dimostrative</translation>
    </message>
    <message>
      <source>list the firms with their ids</source>
      <translation>elenca le aziende con il loro id</translation>
    </message>
    <message>
      <source>Backups here cover the local SQLite database only; back up a shared PostgreSQL database with pg_dump.</source>
      <translation>Questi backup riguardano solo il database SQLite locale; per un database PostgreSQL condiviso usate pg_dump.</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Ancora nessun backup.</translation>
    </message>
    <message>
      <source>Backup written and verified: %1 (data from %2).</source>
      <translation>Backup scritto e verificato: %1 (dati al %2).</translation>
    </message>
    <message>
      <source>Replace the current database with this backup? The current one is kept aside.</source>
      <translation>Sostituire il database attuale con questo backup? Quello attuale viene conservato a parte.</translation>
    </message>
    <message>
      <source>Restore not confirmed: add --yes to confirm.</source>
      <translation>Ripristino non confermato: aggiungete --yes per confermare.</translation>
    </message>
    <message>
      <source>Restore cancelled; nothing was changed.</source>
      <translation>Ripristino annullato; nulla è stato modificato.</translation>
    </message>
    <message>
      <source>%1 is not a valid WAT Desktop backup; nothing was changed.</source>
      <translation>%1 non è un backup valido di WAT Desktop; nulla è stato modificato.</translation>
    </message>
    <message>
      <source>Database restored. The data is from %1. The previous database was kept in %2.</source>
      <translation>Database ripristinato. I dati risalgono al %1. Il database precedente è conservato in %2.</translation>
    </message>
    <message>
      <source>Database check: no problems found.</source>
      <translation>Controllo del database: nessun problema trovato.</translation>
    </message>
    <message>
      <source>Database check: the database is damaged.</source>
      <translation>Controllo del database: il database è danneggiato.</translation>
    </message>
    <message>
      <source>Latest good backup: %1 (data from %2). Restore it with: %3</source>
      <translation>Ultimo backup valido: %1 (dati al %2). Per ripristinarlo: %3</translation>
    </message>
    <message>
      <source>take a verified backup now, or list the backups</source>
      <translation>esegue subito un backup verificato, oppure elenca i backup</translation>
    </message>
    <message>
      <source>replace the database with a backup (the current one is kept)</source>
      <translation>sostituisce il database con un backup (quello attuale viene conservato)</translation>
    </message>
    <message>
      <source>check the whole database for damage</source>
      <translation>controlla l'intero database alla ricerca di danni</translation>
    </message>
    <message>
      <source>Firm file written to %1</source>
      <translation>File azienda salvato in %1</translation>
    </message>
    <message>
      <source>The firm file was not imported and nothing was changed.</source>
      <translation>Il file azienda non è stato importato e non è stato modificato nulla.</translation>
    </message>
    <message>
      <source>Firm imported: %1 (id %2).</source>
      <translation>Azienda importata: %1 (id %2).</translation>
    </message>
    <message>
      <source>export a firm to a JSON firm file, or import one</source>
      <translation>esporta un'azienda in un file azienda JSON, o importalo</translation>
    </message>
    <message>
      <source>Not an amount in euros: %1</source>
      <translation>Non è un importo in euro: %1</translation>
    </message>
    <message>
      <source>Recommended plan for %1, budget %2 (rules of %3):</source>
      <translation>Piano consigliato per %1, budget %2 (norme del %3):</translation>
    </message>
    <message>
      <source>No offer fits this budget and these needs.</source>
      <translation>Nessuna offerta rientra in questo budget e risponde a questi bisogni.</translation>
    </message>
    <message>
      <source>Includes the network membership fee of %1.</source>
      <translation>Comprende la quota di adesione alla rete di %1.</translation>
    </message>
    <message>
      <source>Plus the 10% solidarity contribution: %1.</source>
      <translation>In più il contributo di solidarietà del 10%: %1.</translation>
    </message>
    <message>
      <source>Cost to the firm: %1</source>
      <translation>Costo per l'azienda: %1</translation>
    </message>
    <message>
      <source>Value to employees: %1</source>
      <translation>Valore per i dipendenti: %1</translation>
    </message>
    <message>
      <source>The same money as salary would net them: %1</source>
      <translation>La stessa somma in busta paga darebbe loro un netto di %1</translation>
    </message>
    <message>
      <source>Warning: %1</source>
      <translation>Attenzione: %1</translation>
    </message>
    <message>
      <source>recommend the best plan for a firm's budget, explained</source>
      <translation>propone il piano migliore per il budget di un'azienda, con le motivazioni</translation>
    </message>
    <message>
      <source>No tax rules for %1. Available years: %2.</source>
      <translation>Nessuna regola fiscale per il %1. Anni disponibili: %2.</translation>
    </message>
    <message>
      <source>The tax-year file is not valid: %1</source>
      <translation>Il file dell'anno d'imposta non è valido: %1</translation>
    </message>
    <message>
      <source>Unknown region %1. Available: %2.</source>
      <translation>Regione %1 sconosciuta. Disponibili: %2.</translation>
    </message>
    <message>
      <source>compare an amount as salary, welfare and productivity bonus (estimate)</source>
      <translation>confronta un importo come retribuzione, welfare e premio di risultato (stima)</translation>
    </message>
    <message>
      <source>Tax year %1: gross annual salary %2, amount %3, region %4</source>
      <translation>Anno d'imposta %1: RAL %2, importo %3, regione %4</translation>
    </message>
    <message>
      <source>Survey template written to %1</source>
      <translation>Modello del questionario salvato in %1</translation>
    </message>
    <message>
      <source>Questionnaire written to %1</source>
      <translation>Questionario salvato in %1</translation>
    </message>
    <message>
      <source>The survey was not imported and nothing was changed.</source>
      <translation>Il questionario non è stato importato e non è stato modificato nulla.</translation>
    </message>
    <message>
      <source>Line %1:</source>
      <translation>Riga %1:</translation>
    </message>
    <message>
      <source>Rows with errors: %1. Nothing was imported. Fix them, or run again with --accept-valid to import only the valid rows (%2).</source>
      <translation>Righe con errori: %1. Non è stato importato nulla. Correggetele, oppure ripetete il comando con --accept-valid per importare solo le righe valide (%2).</translation>
    </message>
    <message>
      <source>Survey imported: %1 respondents.</source>
      <translation>Questionario importato: %1 rispondenti.</translation>
    </message>
    <message>
      <source>Response rate: %1% of %2 employees.</source>
      <translation>Tasso di risposta: %1% su %2 dipendenti.</translation>
    </message>
    <message>
      <source>Fewer respondents than the anonymity threshold: no figure can be shown. Pool the survey with other firms at network level.</source>
      <translation>I rispondenti sono meno della soglia di anonimato: nessun dato può essere mostrato. Svolgete il questionario insieme ad altre aziende, a livello di rete.</translation>
    </message>
    <message>
      <source>"&lt; %1": fewer than %1 people; "at least N": hidden, because with the other totals it would give away a figure about fewer than %1 people. The firm's need counts now hold the figures shown, or the least the published figures prove; a question not published keeps the firm's own figure.</source>
      <translation>«&lt; %1»: meno di %1 persone; «almeno N»: dato nascosto perché, insieme agli altri totali, permetterebbe di ricavare un dato su meno di %1 persone. I conteggi dei bisogni dell'azienda ora riportano i dati mostrati, oppure il minimo garantito dai dati pubblicati; una domanda non pubblicata mantiene la cifra dell'azienda.</translation>
    </message>
    <message>
      <source>The firm's saved plan was made before this survey changed the counts: update it (step 8 in the app, or wat-desktop plan FIRM --save).</source>
      <translation>Il piano salvato dell'azienda è stato preparato prima che questo questionario cambiasse i conteggi: aggiornatelo (passo 8 nell'app, oppure wat-desktop plan AZIENDA --save).</translation>
    </message>
    <message>
      <source>anonymous employee survey: template, questionnaire, import</source>
      <translation>questionario anonimo ai dipendenti: modello, questionario, importazione</translation>
    </message>
    <message>
      <source>%1 fictional firms added (seed %2).</source>
      <translation>Aggiunte %1 aziende fittizie (seme %2).</translation>
    </message>
    <message>
      <source>The number of firms must be between %1 and %2.</source>
      <translation>Il numero di aziende deve essere compreso tra %1 e %2.</translation>
    </message>
    <message>
      <source>The number of offers must be between %1 and %2.</source>
      <translation>Il numero di offerte deve essere compreso tra %1 e %2.</translation>
    </message>
    <message>
      <source>The number of survey rows must be between %1 and %2.</source>
      <translation>Il numero di risposte al questionario deve essere compreso tra %1 e %2.</translation>
    </message>
    <message>
      <source>The number of demand files must be between %1 and %2.</source>
      <translation>Il numero di file di domanda deve essere compreso tra %1 e %2.</translation>
    </message>
    <message>
      <source>Synthetic catalogue of %1 offers imported as the current one; file: %2</source>
      <translation>Catalogo sintetico di %1 offerte importato come catalogo corrente; file: %2</translation>
    </message>
    <message>
      <source>Survey file with %1 answers written to %2</source>
      <translation>File del questionario con %1 risposte scritto in %2</translation>
    </message>
    <message>
      <source>%1 demand files written to %2</source>
      <translation>%1 file di domanda scritti in %2</translation>
    </message>
    <message>
      <source>add fictional firms for tests and benchmarks</source>
      <translation>aggiunge aziende fittizie per test e benchmark</translation>
    </message>
    <message>
      <source>Demand file written to %1</source>
      <translation>File di domanda scritto in %1</translation>
    </message>
    <message>
      <source>%1 was refused:</source>
      <translation>%1 è stato rifiutato:</translation>
    </message>
    <message>
      <source>Nothing to store.</source>
      <translation>Niente da salvare.</translation>
    </message>
    <message>
      <source>Nothing was stored: run again with --yes to store.</source>
      <translation>Non è stato salvato nulla: ripetete il comando con --yes per salvare.</translation>
    </message>
    <message>
      <source>Demand files stored: %1.</source>
      <translation>File di domanda registrati: %1.</translation>
    </message>
    <message>
      <source>export a firm's anonymous demand file, or import many</source>
      <translation>esporta il file di domanda anonimo di un'azienda, o ne importa molti</translation>
    </message>
    <message>
      <source>territorial demand and the pooled offers' states</source>
      <translation>domanda territoriale e stato delle offerte in aggregazione</translation>
    </message>
    <message>
      <source>The database URL names PostgreSQL, but its driver (psycopg) is not installed. Install WAT Desktop with the PostgreSQL extra: pip install "wat-desktop[postgres]".</source>
      <translation>L'URL del database indica PostgreSQL, ma il relativo driver (psycopg) non è installato. Installare WAT Desktop con il componente aggiuntivo PostgreSQL: pip install "wat-desktop[postgres]".</translation>
    </message>
    <message>
      <source>Not confirmed: add --yes to confirm.</source>
      <translation>Non confermato: aggiungete --yes per confermare.</translation>
    </message>
    <message>
      <source>Everything about the firm written to %1</source>
      <translation>Tutti i dati dell'azienda sono stati scritti in %1</translation>
    </message>
    <message>
      <source>Erase the firm %1 and all its data for good? This cannot be undone.</source>
      <translation>Cancellare definitivamente l'azienda %1 e tutti i suoi dati? L'operazione non si può annullare.</translation>
    </message>
    <message>
      <source>The firm %1 was erased.</source>
      <translation>L'azienda %1 è stata cancellata.</translation>
    </message>
    <message>
      <source>Delete every older backup, keeping one fresh verified backup of the data now?</source>
      <translation>Eliminare tutti i backup precedenti, conservando un nuovo backup verificato dei dati attuali?</translation>
    </message>
    <message>
      <source>Older copies that held it, now deleted: %1.</source>
      <translation>Copie precedenti che la contenevano, ora eliminate: %1.</translation>
    </message>
    <message>
      <source>Older backups that still hold it until they rotate out: %1. To delete them now: wat-desktop privacy purge-backups</source>
      <translation>Backup precedenti che la contengono ancora finché non vengono ruotati: %1. Per eliminarli subito: wat-desktop privacy purge-backups</translation>
    </message>
    <message>
      <source>Older copies deleted: %1. One fresh verified backup kept: %2</source>
      <translation>Copie precedenti eliminate: %1. Conservato un nuovo backup verificato: %2</translation>
    </message>
    <message>
      <source>New passphrase: </source>
      <translation>Nuova passphrase: </translation>
    </message>
    <message>
      <source>The same passphrase again: </source>
      <translation>Ripetete la passphrase: </translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Le due passphrase non coincidono.</translation>
    </message>
    <message>
      <source>Encryption is for the local SQLite database; a shared one is not.</source>
      <translation>La cifratura riguarda il database SQLite locale, non quello condiviso.</translation>
    </message>
    <message>
      <source>The database is encrypted.</source>
      <translation>Il database è cifrato.</translation>
    </message>
    <message>
      <source>The database is not encrypted.</source>
      <translation>Il database non è cifrato.</translation>
    </message>
    <message>
      <source>No passphrase given: set %1 or run in a terminal.</source>
      <translation>Nessuna passphrase indicata: impostate %1 oppure eseguite il comando da un terminale.</translation>
    </message>
    <message>
      <source>The database is now encrypted. Keep the passphrase safe: without it the data cannot be recovered.</source>
      <translation>Il database ora è cifrato. Custodite la passphrase: senza di essa i dati non si possono recuperare.</translation>
    </message>
    <message>
      <source>Store the database unencrypted?</source>
      <translation>Conservare il database senza cifratura?</translation>
    </message>
    <message>
      <source>The database is no longer encrypted.</source>
      <translation>Il database non è più cifrato.</translation>
    </message>
    <message>
      <source>The passphrase needs at least %1 characters.</source>
      <translation>La passphrase deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
      <source>Older backups in the previous state until they rotate out: %1. To replace them now: wat-desktop privacy purge-backups</source>
      <translation>Backup precedenti nello stato di prima finché non vengono ruotati: %1. Per sostituirli subito: wat-desktop privacy purge-backups</translation>
    </message>
    <message>
      <source>Encryption needs SQLCipher: install the extra with pip install "wat-desktop[encryption]".</source>
      <translation>La cifratura richiede SQLCipher: installate l'estensione con pip install "wat-desktop[encryption]".</translation>
    </message>
    <message>
      <source>export everything about one firm, erase one, purge old backups</source>
      <translation>esporta tutti i dati di un'azienda, cancella un'azienda, elimina i vecchi backup</translation>
    </message>
    <message>
      <source>encrypt the database at rest with a passphrase, or stop</source>
      <translation>cifra il database su disco con una passphrase, o togli la cifratura</translation>
    </message>
  </context>
  <context>
    <name>CrashReporter</name>
    <message>
      <source>Unexpected error</source>
      <translation>Errore imprevisto</translation>
    </message>
    <message>
      <source>Something went wrong that WAT Desktop did not expect. Your data saved so far is safe. Copy the details below when you report the problem.</source>
      <translation>Si è verificato un errore che WAT Desktop non prevedeva. I dati salvati finora sono al sicuro. Copiate i dettagli qui sotto quando segnalate il problema.</translation>
    </message>
    <message>
      <source>&amp;Copy details</source>
      <translation>&amp;Copia dettagli</translation>
    </message>
    <message>
      <source>Open &amp;log folder</source>
      <translation>Apri cartella dei &amp;log</translation>
    </message>
  </context>
  <context>
    <name>DatabaseCheck</name>
    <message>
      <source>Check database</source>
      <translation>Controllo del database</translation>
    </message>
    <message>
      <source>There is no backup to restore. Copy the data folder somewhere safe before you go on, and contact support.</source>
      <translation>Non c'è alcun backup da ripristinare. Prima di proseguire copiate la cartella dei dati in un luogo sicuro e contattate l'assistenza.</translation>
    </message>
    <message>
      <source>Restore the latest good backup, with the data as of %1? The damaged database is kept aside, not deleted.</source>
      <translation>Ripristinare l'ultimo backup valido, con i dati al %1? Il database danneggiato viene conservato a parte, non eliminato.</translation>
    </message>
    <message>
      <source>Backup restored. The data you see now is from %1.</source>
      <translation>Backup ripristinato. I dati che vedete ora risalgono al %1.</translation>
    </message>
    <message>
      <source>The database was checked in full: no problems found.</source>
      <translation>Il database è stato controllato per intero: nessun problema trovato.</translation>
    </message>
    <message>
      <source>The full check found damage in the database. Restoring the latest good backup is the safe way to continue.</source>
      <translation>Il controllo completo ha trovato danni nel database. Per continuare in sicurezza ripristinate l'ultimo backup valido.</translation>
    </message>
    <message>
      <source>Encrypted database</source>
      <translation>Database cifrato</translation>
    </message>
    <message>
      <source>Passphrase of the database:</source>
      <translation>Passphrase del database:</translation>
    </message>
  </context>
  <context>
    <name>Dossier</name>
    <message>
      <source>Welfare pact membership dossier</source>
      <translation>Dossier di adesione al patto di welfare territoriale</translation>
    </message>
    <message>
      <source>Adhesion to the territorial welfare pact: %1</source>
      <translation>Adesione al patto territoriale per il welfare: %1</translation>
    </message>
    <message>
      <source>Coordinated by %1</source>
      <translation>Coordinamento: %1</translation>
    </message>
    <message>
      <source>company welfare, territorial network, dossier</source>
      <translation>welfare aziendale, rete territoriale, dossier</translation>
    </message>
    <message>
      <source>Company profile</source>
      <translation>Profilo aziendale</translation>
    </message>
    <message>
      <source>Tax rule year</source>
      <translation>Anno delle regole fiscali</translation>
    </message>
    <message>
      <source>Network catalogue</source>
      <translation>Catalogo della rete</translation>
    </message>
    <message>
      <source>Produced with</source>
      <translation>Prodotto con</translation>
    </message>
    <message>
      <source>Annex: rules, sources and data fingerprint</source>
      <translation>Allegato: regole, fonti e impronta dei dati</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Voce</translation>
    </message>
    <message>
      <source>Sources of the parameters</source>
      <translation>Fonti dei parametri</translation>
    </message>
    <message>
      <source>Parameter</source>
      <translation>Parametro</translation>
    </message>
    <message>
      <source>Legal reference</source>
      <translation>Riferimento normativo</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fonte</translation>
    </message>
    <message>
      <source>No tax parameter was used.</source>
      <translation>Non è stato usato alcun parametro fiscale.</translation>
    </message>
    <message>
      <source>Data fingerprint (SHA-256)</source>
      <translation>Impronta dei dati (SHA-256)</translation>
    </message>
    <message>
      <source>Company name</source>
      <translation>Ragione sociale</translation>
    </message>
    <message>
      <source>Partita IVA</source>
      <translation>Partita IVA</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Comune</translation>
    </message>
    <message>
      <source>Collective agreement (CCNL)</source>
      <translation>Contratto collettivo (CCNL)</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sì</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message numerus="yes">
      <source>%n blue-collar workers</source>
      <translation>
        <numerusform>%n operaio</numerusform>
        <numerusform>%n operai</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n white-collar workers</source>
      <translation>
        <numerusform>%n impiegato</numerusform>
        <numerusform>%n impiegati</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n middle managers</source>
      <translation>
        <numerusform>%n quadro</numerusform>
        <numerusform>%n quadri</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n executives</source>
      <translation>
        <numerusform>%n dirigente</numerusform>
        <numerusform>%n dirigenti</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n part-time</source>
      <translation>
        <numerusform>%n a tempo parziale</numerusform>
        <numerusform>%n a tempo parziale</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fixed-term</source>
      <translation>
        <numerusform>%n a tempo determinato</numerusform>
        <numerusform>%n a tempo determinato</numerusform>
      </translation>
    </message>
    <message>
      <source>all full-time and permanent</source>
      <translation>tutti a tempo pieno e indeterminato</translation>
    </message>
    <message>
      <source>Yes: %1 a year, convertible into welfare (%2% expected)</source>
      <translation>Sì: %1 annui, convertibili in welfare (conversione prevista: %2%)</translation>
    </message>
    <message>
      <source>Yes: %1 a year, convertible into welfare</source>
      <translation>Sì: %1 annui, convertibili in welfare</translation>
    </message>
    <message>
      <source>Yes: %1 a year, paid in cash</source>
      <translation>Sì: %1 annui, erogati in denaro</translation>
    </message>
    <message>
      <source>The company</source>
      <translation>L'azienda</translation>
    </message>
    <message>
      <source>ATECO code</source>
      <translation>Codice ATECO</translation>
    </message>
    <message>
      <source>Territorial area</source>
      <translation>Ambito territoriale</translation>
    </message>
    <message>
      <source>Legal representative</source>
      <translation>Legale rappresentante</translation>
    </message>
    <message>
      <source>Staff and industrial relations</source>
      <translation>Personale e relazioni sindacali</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Dipendenti</translation>
    </message>
    <message>
      <source>By category</source>
      <translation>Per categoria</translation>
    </message>
    <message>
      <source>SHA-256 of the firm's answers, the network catalogue, the language, the date and the tax year this dossier was made from (canonical JSON); its first 32 digits are the PDF's document ID. Rebuilding the dossier from the same data gives a byte-identical file, so a copy can be checked with “wat-desktop dossier FIRM --verify FILE.pdf”.</source>
      <translation>SHA-256 delle risposte dell'azienda, del catalogo della rete, della lingua, della data e dell'anno fiscale da cui è stato prodotto il dossier (JSON canonico); le prime 32 cifre sono l'identificativo del documento PDF. Rigenerando il dossier dagli stessi dati si ottiene un file identico byte per byte: una copia si verifica con “wat-desktop dossier ID --verify FILE.pdf”.</translation>
    </message>
    <message>
      <source>Contracts</source>
      <translation>Contratti</translation>
    </message>
    <message>
      <source>Union representatives (RSU/RSA)</source>
      <translation>Rappresentanze sindacali (RSU/RSA)</translation>
    </message>
    <message>
      <source>Employers' association</source>
      <translation>Associazione datoriale</translation>
    </message>
    <message>
      <source>Company welfare</source>
      <translation>Welfare aziendale</translation>
    </message>
    <message>
      <source>Welfare regulation or agreement</source>
      <translation>Regolamento o accordo di welfare</translation>
    </message>
    <message>
      <source>Productivity bonus agreement</source>
      <translation>Accordo sul premio di risultato</translation>
    </message>
    <message>
      <source>Yearly welfare budget</source>
      <translation>Budget annuo per il welfare</translation>
    </message>
    <message>
      <source>%1, version %2</source>
      <translation>%1, versione %2</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Metodo</translation>
    </message>
    <message>
      <source>Response rate</source>
      <translation>Tasso di risposta</translation>
    </message>
    <message>
      <source>Anonymity</source>
      <translation>Anonimato</translation>
    </message>
    <message>
      <source>Needs assessment</source>
      <translation>Analisi dei bisogni</translation>
    </message>
    <message>
      <source>Need areas by priority</source>
      <translation>Aree di bisogno per priorità</translation>
    </message>
    <message>
      <source>No need area can be charted yet.</source>
      <translation>Nessuna area di bisogno può ancora essere rappresentata nel grafico.</translation>
    </message>
    <message>
      <source>Not charted, as their score would reveal a hidden count: %1.</source>
      <translation>Non rappresentate nel grafico, perché il punteggio rivelerebbe un dato nascosto: %1.</translation>
    </message>
    <message>
      <source>Need counts</source>
      <translation>Numerosità dei bisogni</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>No count below %1 is shown: such cells read “&lt; %1”. An area is charted only when its score reveals no hidden count.</source>
      <translation>Nessun dato inferiore a %1 viene mostrato: la cella riporta “&lt; %1”. Un'area compare nel grafico solo se il punteggio non rivela alcun dato nascosto.</translation>
    </message>
    <message>
      <source>%1: a count the survey does not publish because, with the other answers, it would reveal one below %2.</source>
      <translation>%1: dato non pubblicato dal questionario perché, con le altre risposte, rivelerebbe un valore inferiore a %2.</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Bisogno</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Numero</translation>
    </message>
    <message>
      <source>Priority score (0-100): share of employees with the need (children per employee for childcare and education), weighted by the relevance (1-5) the firm gave to the area, less the share its current measures already cover.</source>
      <translation>Punteggio di priorità (0-100): quota di dipendenti con il bisogno (figli per dipendente per infanzia e istruzione), ponderata per la rilevanza (1-5) attribuita dall'azienda all'area, al netto della quota già coperta dalle misure in essere.</translation>
    </message>
    <message>
      <source>Children's rows count children, the others employees; rows are not added up, as one person may have several needs.</source>
      <translation>Le righe sui figli contano i figli, le altre i dipendenti; le righe non vanno sommate, perché una stessa persona può avere più bisogni.</translation>
    </message>
    <message>
      <source>Subtotal</source>
      <translation>Subtotale</translation>
    </message>
    <message>
      <source>Offer and provider</source>
      <translation>Offerta e fornitore</translation>
    </message>
    <message>
      <source>Need area and beneficiaries</source>
      <translation>Area di bisogno e beneficiari</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>Prezzo unitario</translation>
    </message>
    <message>
      <source>Cost per year</source>
      <translation>Costo annuo</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantità</translation>
    </message>
    <message>
      <source>of which network membership fee: %1</source>
      <translation>di cui quota di adesione alla rete: %1</translation>
    </message>
    <message>
      <source>Offer, provider, area and beneficiaries</source>
      <translation>Offerta, fornitore, area e destinatari</translation>
    </message>
    <message>
      <source>Price alone / pooled</source>
      <translation>Prezzo singolo / di rete</translation>
    </message>
    <message>
      <source>Network state</source>
      <translation>Stato nella rete</translation>
    </message>
    <message>
      <source>10% solidarity contribution on health-fund services</source>
      <translation>Contributo di solidarietà del 10% sui fondi sanitari</translation>
    </message>
    <message>
      <source>Total plan cost per year</source>
      <translation>Costo annuo complessivo del piano</translation>
    </message>
    <message>
      <source>The welfare plan</source>
      <translation>Il piano di welfare</translation>
    </message>
    <message>
      <source>Prices come from the network catalogue and are per unit of the quantity (an employee for a year, a month, a child for a week, an hour, a use); costs are per year. Pooled offers show the price a firm would pay alone and the price reached by the network's pooled demand, which applies once the offer is active.</source>
      <translation>I prezzi sono tratti dal catalogo della rete e si intendono per unità della quantità indicata (un dipendente per un anno, un mese, un figlio per una settimana, un'ora, una prestazione); i costi sono annui. Per le offerte in aggregazione sono indicati il prezzo che l'azienda pagherebbe da sola e quello ottenuto grazie alla domanda aggregata della rete, che si applica quando l'offerta è attiva.</translation>
    </message>
    <message>
      <source>The firm's own offers</source>
      <translation>Servizi attivati direttamente dall'azienda</translation>
    </message>
    <message>
      <source>Pooled network offers</source>
      <translation>Offerte in aggregazione di rete</translation>
    </message>
    <message>
      <source>Points to check</source>
      <translation>Punti da verificare</translation>
    </message>
    <message>
      <source>Why these offers</source>
      <translation>Perché queste offerte</translation>
    </message>
    <message>
      <source>No offer chosen yet.</source>
      <translation>Nessuna offerta ancora scelta.</translation>
    </message>
    <message>
      <source>Page %1 of %2</source>
      <translation>Pagina %1 di %2</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Rete</translation>
    </message>
    <message>
      <source>Prepared for</source>
      <translation>Predisposto per</translation>
    </message>
    <message>
      <source>Network coordinator</source>
      <translation>Coordinatore della rete</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Document version</source>
      <translation>Versione del documento</translation>
    </message>
    <message>
      <source>Revision %1</source>
      <translation>Revisione %1</translation>
    </message>
    <message>
      <source>TERRITORIAL WELFARE PACT</source>
      <translation>PATTO TERRITORIALE PER IL WELFARE</translation>
    </message>
    <message>
      <source>Needs assessment, welfare plan and declaration of adhesion to the territorial welfare network.</source>
      <translation>Analisi dei bisogni, piano di welfare e dichiarazione di adesione alla rete territoriale per il welfare.</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Indice</translation>
    </message>
    <message>
      <source>For the firm, the legal representative</source>
      <translation>Per l'azienda, il legale rappresentante</translation>
    </message>
    <message>
      <source>For the network, the coordinator</source>
      <translation>Per la rete, il coordinatore</translation>
    </message>
    <message>
      <source>Company stamp and signature</source>
      <translation>Timbro dell'azienda e firma</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>%1 (Partita IVA %2)</source>
      <translation>%1 (Partita IVA %2)</translation>
    </message>
    <message>
      <source>%1, as legal representative of %2, declares that the firm adheres to the territorial welfare pact of the network “%3” and, by signing below, commits it to:</source>
      <translation>%1, in qualità di legale rappresentante di %2, dichiara che l'azienda aderisce al patto territoriale per il welfare promosso dalla rete “%3” e, con la sottoscrizione del presente documento, la impegna a:</translation>
    </message>
    <message>
      <source>%1 declares that it adheres to the territorial welfare pact of the network “%2” and, by signing below, commits to:</source>
      <translation>%1 dichiara di aderire al patto territoriale per il welfare promosso dalla rete “%2” e, con la sottoscrizione del presente documento, si impegna a:</translation>
    </message>
    <message>
      <source>Place and date: %1, %2</source>
      <translation>Luogo e data: %1, %2</translation>
    </message>
    <message>
      <source>Declaration of adhesion</source>
      <translation>Dichiarazione di adesione</translation>
    </message>
    <message>
      <source>not computed</source>
      <translation>non calcolato</translation>
    </message>
    <message>
      <source>Amount per year</source>
      <translation>Importo annuo</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Figures use the %1 tax rules (%2).</source>
      <translation>Importi calcolati con le regole fiscali del %1 (%2).</translation>
    </message>
    <message>
      <source>Figures use the %1 tax rules.</source>
      <translation>Gli importi applicano le regole fiscali %1.</translation>
    </message>
    <message>
      <source>No tax-year rules were available for these figures.</source>
      <translation>Per questi importi non erano disponibili le regole fiscali dell'anno.</translation>
    </message>
    <message>
      <source>Economics</source>
      <translation>Aspetti economici</translation>
    </message>
    <message>
      <source>Cost, value and salary</source>
      <translation>Costo, valore e confronto con la retribuzione</translation>
    </message>
    <message>
      <source>Productivity bonus</source>
      <translation>Premio di risultato</translation>
    </message>
    <message>
      <source>Compulsory welfare (CCNL)</source>
      <translation>Welfare obbligatorio da CCNL</translation>
    </message>
    <message>
      <source>Tax and deductibility notes</source>
      <translation>Note fiscali e deducibilità</translation>
    </message>
    <message>
      <source>The survey is anonymous: it asks for no name, no identifier and no free text, and answers use coarse bands only.</source>
      <translation>Il questionario è anonimo: non chiede nomi, codici identificativi né testo libero, e le risposte sono raccolte solo per fasce ampie.</translation>
    </message>
    <message>
      <source>Only aggregate counts are stored and reported; no answer can be traced back to a person.</source>
      <translation>Si conservano e si riportano solo dati aggregati; nessuna risposta è riconducibile a una persona.</translation>
    </message>
    <message>
      <source>No group smaller than %1 people is ever shown, in this dossier or elsewhere.</source>
      <translation>Nessun gruppo inferiore a %1 persone viene mai mostrato, né in questo dossier né altrove.</translation>
    </message>
    <message>
      <source>Health, disability and family-care data are special categories (GDPR art. 9); the firm does not inquire into facts unrelated to work (Statuto dei Lavoratori, art. 8).</source>
      <translation>I dati su salute, disabilità e cura dei familiari sono categorie particolari (art. 9 GDPR); l'azienda non svolge indagini su fatti non rilevanti ai fini dell'attività lavorativa (art. 8 dello Statuto dei Lavoratori).</translation>
    </message>
    <message>
      <source>Documents proving entitlement (children, care of relatives) are kept out of the survey and out of this dossier.</source>
      <translation>I documenti che attestano il diritto alle prestazioni (figli, assistenza ai familiari) restano esclusi dal questionario e da questo dossier.</translation>
    </message>
    <message>
      <source>This needs assessment uses counts entered by the firm; when employees answer the network's survey, their answers are collected and protected as follows:</source>
      <translation>La presente analisi dei bisogni si basa su dati inseriti dall'azienda; quando i dipendenti rispondono al questionario della rete, le loro risposte sono raccolte e tutelate come segue:</translation>
    </message>
    <message>
      <source>Privacy note on the employee survey</source>
      <translation>Informativa privacy sul questionario ai dipendenti</translation>
    </message>
    <message>
      <source>How employees' answers were collected and protected for this needs assessment:</source>
      <translation>Come sono state raccolte e tutelate le risposte dei dipendenti per questa analisi dei bisogni:</translation>
    </message>
    <message>
      <source>Yearly cost to the firm</source>
      <translation>Costo annuo per l'azienda</translation>
    </message>
    <message>
      <source>services, fees and contributions</source>
      <translation>servizi, quote e contributi</translation>
    </message>
    <message>
      <source>Value to employees</source>
      <translation>Valore per i dipendenti</translation>
    </message>
    <message>
      <source>free of tax and contributions</source>
      <translation>esente da imposte e contributi</translation>
    </message>
    <message>
      <source>The same money as salary (net)</source>
      <translation>La stessa somma in busta paga (netto)</translation>
    </message>
    <message>
      <source>after tax and contributions</source>
      <translation>al netto di imposte e contributi</translation>
    </message>
    <message>
      <source>Pooled network offers joined</source>
      <translation>Offerte di rete in aggregazione</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 su %2</translation>
    </message>
    <message>
      <source>offers in the plan bought through the network</source>
      <translation>offerte del piano acquistate tramite la rete</translation>
    </message>
    <message numerus="yes">
      <source>%n more pooled offer is waiting to activate</source>
      <translation>
        <numerusform>%n altra offerta di rete è in attesa di attivazione</numerusform>
        <numerusform>altre %n offerte di rete sono in attesa di attivazione</numerusform>
      </translation>
    </message>
    <message>
      <source>As welfare services</source>
      <translation>In servizi di welfare</translation>
    </message>
    <message>
      <source>As salary, net</source>
      <translation>In busta paga, al netto</translation>
    </message>
    <message>
      <source>What %1 spent by the firm is worth to employees</source>
      <translation>Quanto valgono per i dipendenti %1 spesi dall'azienda</translation>
    </message>
    <message>
      <source>No need to report: none was recorded, or naming one would reveal a hidden count.</source>
      <translation>Nessun bisogno da segnalare: non ne sono stati rilevati, oppure indicarli rivelerebbe un dato nascosto.</translation>
    </message>
    <message>
      <source>Bought directly</source>
      <translation>Acquisto diretto</translation>
    </message>
    <message>
      <source>Pooled in the network</source>
      <translation>In aggregazione di rete</translation>
    </message>
    <message numerus="yes">
      <source>%n more offers: see the plan</source>
      <translation>
        <numerusform>Un'altra offerta: vedere il piano</numerusform>
        <numerusform>Altre %n offerte: vedere il piano</numerusform>
      </translation>
    </message>
    <message>
      <source>How it is bought</source>
      <translation>Modalità di acquisto</translation>
    </message>
    <message numerus="yes">
      <source>%n offers</source>
      <translation>
        <numerusform>%n servizio</numerusform>
        <numerusform>%n servizi</numerusform>
      </translation>
    </message>
    <message>
      <source>For its %1, %2 adopts a welfare plan of %3.</source>
      <translation>Per i propri %1, %2 adotta un piano di welfare composto da %3.</translation>
    </message>
    <message>
      <source>For its %1, %2 adopts a welfare plan of %3, %4 of them bought together with the other firms of the network.</source>
      <translation>Per i propri %1, %2 adotta un piano di welfare composto da %3, di cui %4 acquistati insieme alle altre imprese della rete.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Sintesi</translation>
    </message>
    <message>
      <source>Top needs</source>
      <translation>Bisogni prioritari</translation>
    </message>
    <message>
      <source>Chosen plan and pooled offers</source>
      <translation>Piano scelto e offerte in aggregazione</translation>
    </message>
    <message>
      <source>Implementation timeline</source>
      <translation>Cronoprogramma di attuazione</translation>
    </message>
    <message>
      <source>The steps from signing this dossier to the first review; months count from the signature.</source>
      <translation>Le fasi dalla sottoscrizione del dossier alla prima verifica; i mesi decorrono dalla firma.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Fase</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Chi</translation>
    </message>
    <message>
      <source>Cost to the firm</source>
      <translation>Costo per l'azienda</translation>
    </message>
    <message>
      <source>Services at the prices paid now, plus the network membership fees and the 10% solidarity contribution where due</source>
      <translation>Servizi ai prezzi pagati ora, più le quote di adesione alla rete e il contributo di solidarietà del 10% dove dovuti</translation>
    </message>
    <message>
      <source>Services received free of tax and contributions</source>
      <translation>Servizi ricevuti senza imposte né contributi</translation>
    </message>
    <message>
      <source>The same money as salary (net to employees)</source>
      <translation>La stessa somma in busta paga (netto ai dipendenti)</translation>
    </message>
    <message>
      <source>Cost paid as gross salary instead, net of tax and contributions at a gross annual salary of %1</source>
      <translation>Lo stesso costo erogato come retribuzione lorda, al netto di imposte e contributi, per una RAL di %1</translation>
    </message>
    <message>
      <source>Productivity bonus of the firm</source>
      <translation>Premio di risultato dell'azienda</translation>
    </message>
    <message>
      <source>Example: 1,000 € of productivity bonus</source>
      <translation>Esempio: 1.000 € di premio di risultato</translation>
    </message>
    <message>
      <source>Gross, per year</source>
      <translation>Lordo annuo</translation>
    </message>
    <message>
      <source>Paid in cash: net to employees</source>
      <translation>Erogato in denaro: netto ai dipendenti</translation>
    </message>
    <message>
      <source>%1 substitute tax and employee contributions</source>
      <translation>Imposta sostitutiva (aliquota %1) e contributi a carico del dipendente</translation>
    </message>
    <message>
      <source>Converted into welfare: value to employees</source>
      <translation>Convertito in welfare: valore per i dipendenti</translation>
    </message>
    <message>
      <source>No tax and no contributions (L. 208/2015 c.184)</source>
      <translation>Nessuna imposta né contributo (L. 208/2015, c. 184)</translation>
    </message>
    <message>
      <source>Expected to be taken as welfare (%1%)</source>
      <translation>Quota attesa in welfare (%1%)</translation>
    </message>
    <message>
      <source>Reaches employees whole; they may spend it on the plan's services too</source>
      <translation>Arriva intera ai dipendenti, che possono spenderla anche nei servizi del piano</translation>
    </message>
    <message>
      <source>Employer contributions saved on that share</source>
      <translation>Contributi a carico dell'azienda risparmiati su questa quota</translation>
    </message>
    <message>
      <source>Compared with paying the same share of the bonus in cash</source>
      <translation>Rispetto al pagamento in denaro della stessa quota di premio</translation>
    </message>
    <message>
      <source>%1 × %2</source>
      <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
      <source>The CCNL's welfare is due for blue-collar and white-collar workers and middle managers: %n executives are under a contract and a fund of their own.</source>
      <translation>
        <numerusform>Il welfare del CCNL è dovuto per operai, impiegati e quadri: %n dirigente ha un contratto e un fondo propri.</numerusform>
        <numerusform>Il welfare del CCNL è dovuto per operai, impiegati e quadri: %n dirigenti hanno un contratto e un fondo propri.</numerusform>
      </translation>
    </message>
    <message>
      <source>[assumption]</source>
      <translation>[ipotesi]</translation>
    </message>
    <message>
      <source>No offer of the plan counts toward the fringe-benefit ceiling.</source>
      <translation>Nessuna offerta del piano concorre alla soglia dei fringe benefit.</translation>
    </message>
    <message>
      <source>Fringe benefits per employee who receives them: up to %1 against a ceiling of %2 (%3 with dependent children). %4</source>
      <translation>Fringe benefit per dipendente che ne usufruisce: fino a %1 a fronte di una soglia di %2 (%3 con figli a carico). %4</translation>
    </message>
    <message>
      <source>No tax-year file available</source>
      <translation>Nessun file dell'anno fiscale disponibile</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nessuno</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>Aggregate counts entered by the firm in the self-assessment; no employee survey has been imported.</source>
      <translation>Dati aggregati inseriti dall'azienda nell'autovalutazione; non è stato importato alcun questionario dei dipendenti.</translation>
    </message>
    <message>
      <source>No employee survey: not applicable.</source>
      <translation>Nessun questionario ai dipendenti: non applicabile.</translation>
    </message>
    <message>
      <source>Anonymous employee questionnaire (no names, coarse answer bands), imported on %1; the counts below are its published results.</source>
      <translation>Questionario anonimo ai dipendenti (nessun nome, risposte per fasce), importato il %1; i numeri riportati sono i risultati pubblicabili.</translation>
    </message>
    <message>
      <source>Anonymous employee questionnaire (no names, coarse answer bands); the counts below are its published results.</source>
      <translation>Questionario anonimo ai dipendenti (nessun nome, risposte per fasce); i numeri riportati sono i risultati pubblicabili.</translation>
    </message>
    <message>
      <source>Fewer than %1 respondents: no result is published; pool the survey at network level.</source>
      <translation>Meno di %1 rispondenti: nessun risultato viene pubblicato; conviene aggregare il questionario a livello di rete.</translation>
    </message>
    <message>
      <source>%1 of %2 employees answered (%3).</source>
      <translation>Hanno risposto %1 dipendenti su %2 (%3).</translation>
    </message>
    <message>
      <source>%1 employees answered.</source>
      <translation>Hanno risposto %1 dipendenti.</translation>
    </message>
    <message>
      <source>%1 (relevance %2 of 5)</source>
      <translation>%1 (rilevanza %2 su 5)</translation>
    </message>
    <message>
      <source>The firm with the RSU</source>
      <translation>Azienda e RSU</translation>
    </message>
    <message>
      <source>The firm</source>
      <translation>Azienda</translation>
    </message>
    <message>
      <source>Within 30 days</source>
      <translation>Entro 30 giorni</translation>
    </message>
    <message>
      <source>Extend the company or territorial agreement</source>
      <translation>Integrare l'accordo aziendale o territoriale</translation>
    </message>
    <message>
      <source>Add the plan's services to the agreement in force, so the whole cost stays deductible (art. 95 TUIR) and the productivity bonus can be converted.</source>
      <translation>Inserire i servizi del piano nell'accordo vigente, così che l'intero costo resti deducibile (art. 95 TUIR) e il premio di risultato possa essere convertito.</translation>
    </message>
    <message>
      <source>Update the binding company regulation</source>
      <translation>Aggiornare il regolamento aziendale vincolante</translation>
    </message>
    <message>
      <source>Add the plan's services to the regulation; it must stay non-revocable for the cost to be fully deductible (art. 95 TUIR).</source>
      <translation>Inserire i servizi del piano nel regolamento, che deve restare non revocabile perché il costo sia interamente deducibile (art. 95 TUIR).</translation>
    </message>
    <message>
      <source>Adopt a binding regulation or sign an agreement</source>
      <translation>Adottare un regolamento vincolante o sottoscrivere un accordo</translation>
    </message>
    <message>
      <source>A unilateral plan the firm can revoke is deductible only up to 5 per mille of labour cost; a binding regulation or an agreement makes it fully deductible.</source>
      <translation>Un piano unilaterale revocabile dall'azienda è deducibile solo nel limite del 5 per mille del costo del lavoro; un regolamento vincolante o un accordo lo rendono interamente deducibile.</translation>
    </message>
    <message>
      <source>File the productivity bonus agreement</source>
      <translation>Depositare l'accordo sul premio di risultato</translation>
    </message>
    <message>
      <source>File the agreement on the productivity bonus within 30 days of signing it, through the Ministry of Labour's online procedure: without it the substitute tax and the conversion into welfare do not apply.</source>
      <translation>Depositare l'accordo sul premio di risultato entro 30 giorni dalla sottoscrizione, con la procedura telematica del Ministero del Lavoro: senza il deposito non si applicano l'imposta sostitutiva né la conversione in welfare.</translation>
    </message>
    <message>
      <source>Present the plan to the RSU and to all employees: services, who may use them, how to ask for them; the survey results are shared in aggregate form only.</source>
      <translation>Presentare il piano alla RSU e a tutti i dipendenti: servizi, destinatari, modalità di richiesta; i risultati del questionario si condividono solo in forma aggregata.</translation>
    </message>
    <message>
      <source>Present the plan to all employees at a staff meeting and in writing: services, who may use them, how to ask for them.</source>
      <translation>Presentare il piano a tutti i dipendenti in un incontro e per iscritto: servizi, destinatari, modalità di richiesta.</translation>
    </message>
    <message>
      <source>Month 2</source>
      <translation>Secondo mese</translation>
    </message>
    <message>
      <source>Inform employees and their representatives</source>
      <translation>Informare i dipendenti e le loro rappresentanze</translation>
    </message>
    <message>
      <source>Month 3</source>
      <translation>Terzo mese</translation>
    </message>
    <message>
      <source>Activate the services</source>
      <translation>Attivare i servizi</translation>
    </message>
    <message>
      <source>Sign the orders with the providers; pooled offers start as soon as the network reaches their activation thresholds.</source>
      <translation>Sottoscrivere gli ordini con i fornitori; le offerte in aggregazione partono non appena la rete raggiunge le soglie di attivazione.</translation>
    </message>
    <message>
      <source>The firm, the network and the providers</source>
      <translation>Azienda, rete e fornitori</translation>
    </message>
    <message>
      <source>Every 6 months</source>
      <translation>Ogni 6 mesi</translation>
    </message>
    <message>
      <source>Monitor and review</source>
      <translation>Monitorare e verificare</translation>
    </message>
    <message>
      <source>Check take-up and satisfaction with the network coordinator, and update the needs assessment and the plan every year.</source>
      <translation>Verificare con il coordinatore della rete l'utilizzo e la soddisfazione, e aggiornare ogni anno l'analisi dei bisogni e il piano.</translation>
    </message>
    <message>
      <source>The firm and the network coordinator</source>
      <translation>Azienda e coordinatore della rete</translation>
    </message>
    <message>
      <source>take part in the life of the pact and in the network's coordination meetings;</source>
      <translation>partecipare alla vita del patto e agli incontri di coordinamento della rete;</translation>
    </message>
    <message>
      <source>offer the plan's services to all employees or to homogeneous categories of them, as art. 51 TUIR requires;</source>
      <translation>offrire i servizi del piano alla generalità dei dipendenti o a categorie omogenee, come richiesto dall'art. 51 TUIR;</translation>
    </message>
    <message>
      <source>buy the pooled services through the network at the agreed prices, and pay the membership fees where due;</source>
      <translation>acquistare i servizi in aggregazione tramite la rete ai prezzi concordati e versare le quote di adesione dove previste;</translation>
    </message>
    <message>
      <source>share with the network only anonymous, aggregate data on needs and take-up;</source>
      <translation>condividere con la rete solo dati anonimi e aggregati su bisogni e utilizzo dei servizi;</translation>
    </message>
    <message>
      <source>review the plan with the network every year.</source>
      <translation>verificare il piano con la rete ogni anno.</translation>
    </message>
    <message numerus="yes">
      <source>%n employees</source>
      <translation>
        <numerusform>%n dipendente</numerusform>
        <numerusform>%n dipendenti</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n child-weeks</source>
      <translation>
        <numerusform>%n iscrizione settimanale</numerusform>
        <numerusform>%n iscrizioni settimanali</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n months</source>
      <translation>
        <numerusform>%n mese</numerusform>
        <numerusform>%n mesi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hours</source>
      <translation>
        <numerusform>%n ora</numerusform>
        <numerusform>%n ore</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n uses</source>
      <translation>
        <numerusform>%n prestazione</numerusform>
        <numerusform>%n prestazioni</numerusform>
      </translation>
    </message>
    <message>
      <source>Fringe-benefit ceiling (ordinary)</source>
      <translation>Soglia dei fringe benefit (ordinaria)</translation>
    </message>
    <message>
      <source>Fringe-benefit ceiling</source>
      <translation>Soglia dei fringe benefit</translation>
    </message>
    <message>
      <source>Fringe-benefit ceiling with dependent children</source>
      <translation>Soglia dei fringe benefit con figli a carico</translation>
    </message>
    <message>
      <source>Fringe benefits: whole amount taxable above the ceiling</source>
      <translation>Fringe benefit: oltre la soglia è tassato l'intero importo</translation>
    </message>
    <message>
      <source>Fringe benefits: utility bills, rent and mortgage interest</source>
      <translation>Fringe benefit: utenze domestiche, affitto e interessi sul mutuo</translation>
    </message>
    <message>
      <source>Welfare services free of tax and contributions</source>
      <translation>Servizi di welfare esenti da imposte e contributi</translation>
    </message>
    <message>
      <source>Meal vouchers</source>
      <translation>Buoni pasto</translation>
    </message>
    <message>
      <source>Health funds: exempt contributions</source>
      <translation>Fondi sanitari: contributi esenti</translation>
    </message>
    <message>
      <source>Pension funds: deductible contributions</source>
      <translation>Previdenza complementare: contributi deducibili</translation>
    </message>
    <message>
      <source>Solidarity contribution on health and pension funds</source>
      <translation>Contributo di solidarietà su fondi sanitari e previdenza complementare</translation>
    </message>
    <message>
      <source>Deductibility of voluntary welfare</source>
      <translation>Deducibilità del welfare volontario</translation>
    </message>
    <message>
      <source>Productivity bonus: substitute tax</source>
      <translation>Premio di risultato: imposta sostitutiva</translation>
    </message>
    <message>
      <source>Productivity bonus: yearly cap</source>
      <translation>Premio di risultato: limite annuo agevolato</translation>
    </message>
    <message>
      <source>Productivity bonus converted into welfare</source>
      <translation>Premio di risultato convertito in welfare</translation>
    </message>
    <message>
      <source>Productivity bonus: income limit</source>
      <translation>Premio di risultato: limite di reddito</translation>
    </message>
    <message>
      <source>Income tax (IRPEF) brackets</source>
      <translation>Scaglioni e aliquote IRPEF</translation>
    </message>
    <message>
      <source>Employment income tax credit</source>
      <translation>Detrazione per lavoro dipendente</translation>
    </message>
    <message>
      <source>Tax-wedge cut</source>
      <translation>Taglio del cuneo fiscale</translation>
    </message>
    <message>
      <source>INPS additional employee contribution</source>
      <translation>Contributo INPS aggiuntivo a carico del dipendente</translation>
    </message>
    <message>
      <source>INPS contributions, employee share</source>
      <translation>Contributi INPS a carico del dipendente</translation>
    </message>
    <message>
      <source>INPS contributions, employer share</source>
      <translation>Contributi INPS a carico del datore di lavoro</translation>
    </message>
    <message>
      <source>Severance pay (TFR) accrual</source>
      <translation>Accantonamento del TFR</translation>
    </message>
    <message>
      <source>Regional income-tax surcharge</source>
      <translation>Addizionale regionale IRPEF</translation>
    </message>
    <message>
      <source>Municipal income-tax surcharge</source>
      <translation>Addizionale comunale IRPEF</translation>
    </message>
    <message>
      <source>Compulsory welfare under the CCNL</source>
      <translation>Welfare obbligatorio da CCNL</translation>
    </message>
    <message>
      <source>Membership dossier - %1</source>
      <translation>Dossier adesione - %1</translation>
    </message>
  </context>
  <context>
    <name>DossierBatchExport</name>
    <message>
      <source>Exporting the dossiers…</source>
      <translation>Esportazione dei dossier in corso…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <source>Export dossiers</source>
      <translation>Esporta i dossier</translation>
    </message>
    <message>
      <source>The folder cannot be created: %1</source>
      <translation>Non è possibile creare la cartella: %1</translation>
    </message>
    <message>
      <source>Stopping after the current dossier…</source>
      <translation>Interruzione dopo il dossier in corso…</translation>
    </message>
    <message>
      <source>Dossier %1 of %2: %3</source>
      <translation>Dossier %1 di %2: %3</translation>
    </message>
    <message>
      <source>No network catalogue yet: import one from the File menu first.</source>
      <translation>Nessun catalogo di rete: importatene prima uno dal menu File.</translation>
    </message>
    <message>
      <source>A dossier could not be made: %1</source>
      <translation>Non è stato possibile produrre un dossier: %1</translation>
    </message>
  </context>
  <context>
    <name>DossierPage</name>
    <message>
      <source>Export dossier as PDF</source>
      <translation>Esporta il dossier in PDF</translation>
    </message>
    <message>
      <source>&amp;Open the file after exporting</source>
      <translation>&amp;Apri il file dopo l'esportazione</translation>
    </message>
    <message>
      <source>Export the membership dossier: a PDF with your profile, needs, plan, economics and the declaration of adhesion, to sign and send to the network.</source>
      <translation>Esportate il dossier di adesione: un PDF con il vostro profilo, i bisogni, il piano, gli aspetti economici e la dichiarazione di adesione, da firmare e inviare alla rete.</translation>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>Anteprima in preparazione…</translation>
    </message>
    <message>
      <source>Preview of the dossier's first page</source>
      <translation>Anteprima della prima pagina del dossier</translation>
    </message>
    <message>
      <source>Italian</source>
      <translation>Italiano</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Inglese</translation>
    </message>
    <message>
      <source>Dossier language</source>
      <translation>Lingua del dossier</translation>
    </message>
    <message>
      <source>&amp;Choose folder…</source>
      <translation>&amp;Scegliete la cartella…</translation>
    </message>
    <message>
      <source>Choose the folder for the dossier</source>
      <translation>Scegliete la cartella del dossier</translation>
    </message>
    <message>
      <source>&amp;Export dossier as PDF</source>
      <translation>&amp;Esporta il dossier in PDF</translation>
    </message>
    <message>
      <source>Export progress</source>
      <translation>Avanzamento dell'esportazione</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Lingua:</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Cartella:</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>File:</translation>
    </message>
    <message>
      <source>Folder for the dossier</source>
      <translation>Cartella del dossier</translation>
    </message>
    <message>
      <source>Exporting the dossier…</source>
      <translation>Esportazione del dossier in corso…</translation>
    </message>
    <message>
      <source>Export dossier</source>
      <translation>Esporta dossier</translation>
    </message>
    <message>
      <source>No network catalogue yet: import one from the File menu first.</source>
      <translation>Nessun catalogo di rete: importatene prima uno dal menu File.</translation>
    </message>
    <message>
      <source>The preview could not be made: %1</source>
      <translation>Impossibile creare l'anteprima: %1</translation>
    </message>
    <message>
      <source>Dossier saved to %1</source>
      <translation>Dossier salvato in %1</translation>
    </message>
    <message>
      <source>Dossier saved to %1; no PDF viewer could open it.</source>
      <translation>Dossier salvato in %1; nessun visualizzatore PDF ha potuto aprirlo.</translation>
    </message>
    <message>
      <source>The dossier could not be made: %1</source>
      <translation>Impossibile creare il dossier: %1</translation>
    </message>
    <message>
      <source>The disk is full. Free some space and try again; no file was changed.</source>
      <translation>Il disco è pieno. Liberate spazio e riprovate; nessun file è stato modificato.</translation>
    </message>
    <message>
      <source>This folder cannot be written to. Choose another folder.</source>
      <translation>Non è possibile scrivere in questa cartella. Scegline un'altra.</translation>
    </message>
    <message>
      <source>The file is too large for this disk or folder.</source>
      <translation>Il file è troppo grande per questo disco o cartella.</translation>
    </message>
    <message>
      <source>The file could not be written: %1</source>
      <translation>Impossibile scrivere il file: %1</translation>
    </message>
  </context>
  <context>
    <name>FirmFileActions</name>
    <message>
      <source>Export firm</source>
      <translation>Esporta azienda</translation>
    </message>
    <message>
      <source>Firm files (*.json)</source>
      <translation>File azienda (*.json)</translation>
    </message>
    <message>
      <source>Firm exported to %1</source>
      <translation>Azienda esportata in %1</translation>
    </message>
    <message>
      <source>Import firm</source>
      <translation>Importa azienda</translation>
    </message>
    <message>
      <source>The firm was not imported and nothing was changed.

%1</source>
      <translation>L'azienda non è stata importata e non è stato modificato nulla.

%1</translation>
    </message>
    <message>
      <source>Firm %1 imported.</source>
      <translation>Azienda %1 importata.</translation>
    </message>
  </context>
  <context>
    <name>FirmSession</name>
    <message>
      <source>(my version)</source>
      <translation>(mia versione)</translation>
    </message>
  </context>
  <context>
    <name>Glossary</name>
    <message>
      <source>CCNL: the national collective labour agreement your firm applies (you find it on the payslip). Some CCNLs oblige the firm to give welfare every year, such as flexible benefits or a health fund.</source>
      <translation>CCNL: il contratto collettivo nazionale di lavoro applicato dall'azienda (è indicato in busta paga). Alcuni CCNL obbligano l'azienda a riconoscere ogni anno prestazioni di welfare, come i flexible benefit o il fondo sanitario.</translation>
    </message>
    <message>
      <source>RSU or RSA: the workers' union representatives inside the firm. With them you can sign a company agreement; without them you can adopt the territorial agreement of your employers' association.</source>
      <translation>RSU o RSA: le rappresentanze sindacali dei lavoratori in azienda. Con loro si può firmare un accordo aziendale; se mancano, si può recepire l'accordo territoriale della propria associazione datoriale.</translation>
    </message>
    <message>
      <source>Premio di risultato: a bonus tied to measurable gains in productivity, set by a company or territorial agreement. Paid in cash it has a reduced tax; if the agreement allows it, employees can take it as welfare, free of tax and contributions.</source>
      <translation>Premio di risultato: un premio legato a incrementi misurabili di produttività, previsto da un accordo aziendale o territoriale. Pagato in denaro ha un'imposta agevolata; se l'accordo lo consente, i dipendenti possono convertirlo in welfare, senza tasse né contributi.</translation>
    </message>
    <message>
      <source>Fringe benefit: goods, services or vouchers given to employees. They are tax-free only up to a yearly ceiling; above it, the whole amount is taxed, not just the excess.</source>
      <translation>Fringe benefit: beni, servizi o buoni dati ai dipendenti. Sono esenti solo fino a una soglia annua; se la si supera, è tassato l'intero importo, non solo l'eccedenza.</translation>
    </message>
    <message>
      <source>Art. 51, paragraph 2, letter f of the income tax code (TUIR): services for education, recreation, social and health care offered to all staff or to whole categories. They are tax-free with no ceiling, but only in kind, never as cash.</source>
      <translation>Art. 51, comma 2, lettera f del TUIR: servizi di educazione, istruzione, ricreazione, assistenza sociale e sanitaria offerti a tutti i dipendenti o a categorie omogenee. Sono esenti senza limite di importo, ma solo in natura, mai come rimborso in denaro.</translation>
    </message>
    <message>
      <source>ATECO: ISTAT's classification of economic activities. Your code is on the chamber of commerce certificate (visura camerale).</source>
      <translation>ATECO: la classificazione ISTAT delle attività economiche. Il codice dell'azienda è riportato nella visura camerale.</translation>
    </message>
    <message>
      <source>A voluntary plan the firm can revoke is deductible only up to 5 per mille of labour costs; a binding regulation or an agreement makes welfare fully deductible.</source>
      <translation>Un piano volontario revocabile dall'azienda è deducibile solo fino al 5 per mille del costo del lavoro; un regolamento vincolante o un accordo rendono il welfare interamente deducibile.</translation>
    </message>
  </context>
  <context>
    <name>HelpPanel</name>
    <message>
      <source>Help</source>
      <translation>Guida</translation>
    </message>
    <message>
      <source>Help: %1</source>
      <translation>Guida: %1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Firm</source>
      <translation>Azienda</translation>
    </message>
    <message>
      <source>&amp;Firm:</source>
      <translation>&amp;Azienda:</translation>
    </message>
    <message>
      <source>&amp;New firm…</source>
      <translation>&amp;Nuova azienda…</translation>
    </message>
    <message>
      <source>Everything you type is saved automatically.</source>
      <translation>Tutto ciò che inserite viene salvato automaticamente.</translation>
    </message>
    <message>
      <source>The database could not be opened: %1</source>
      <translation>Non è stato possibile aprire il database: %1</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Import catalogue…</source>
      <translation>&amp;Importa catalogo…</translation>
    </message>
    <message>
      <source>Open the &amp;demo</source>
      <translation>Apri la &amp;demo</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Esci</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Impostazioni</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Lingua</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Lingua di sistema</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>S&amp;trumenti</translation>
    </message>
    <message>
      <source>&amp;Simulator…</source>
      <translation>&amp;Simulatore…</translation>
    </message>
    <message>
      <source>&amp;Territorial demand…</source>
      <translation>Domanda &amp;territoriale…</translation>
    </message>
    <message>
      <source>&amp;Backups…</source>
      <translation>&amp;Backup…</translation>
    </message>
    <message>
      <source>&amp;Check database</source>
      <translation>&amp;Controlla database</translation>
    </message>
    <message>
      <source>&amp;Privacy…</source>
      <translation>&amp;Privacy…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aiuto</translation>
    </message>
    <message>
      <source>&amp;About WAT Desktop</source>
      <translation>&amp;Informazioni su WAT Desktop</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Visualizza</translation>
    </message>
    <message>
      <source>&amp;Firms (portfolio)</source>
      <translation>&amp;Aziende (portafoglio)</translation>
    </message>
    <message>
      <source>&amp;Self-assessment</source>
      <translation>A&amp;utovalutazione</translation>
    </message>
    <message>
      <source>&amp;Help panel</source>
      <translation>&amp;Pannello della guida</translation>
    </message>
    <message>
      <source>Show the help beside each step (hidden anyway when the window is narrow)</source>
      <translation>Mostra la guida accanto a ogni passo (nascosta comunque quando la finestra è stretta)</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>A&amp;ggiorna</translation>
    </message>
    <message>
      <source>Views</source>
      <translation>Viste</translation>
    </message>
    <message>
      <source>(unnamed firm)</source>
      <translation>(azienda senza nome)</translation>
    </message>
    <message>
      <source>New firm</source>
      <translation>Nuova azienda</translation>
    </message>
    <message>
      <source>Company name:</source>
      <translation>Ragione sociale:</translation>
    </message>
    <message>
      <source>Employee &amp;survey…</source>
      <translation>&amp;Questionario dipendenti…</translation>
    </message>
    <message>
      <source>&amp;Export firm…</source>
      <translation>Esporta a&amp;zienda…</translation>
    </message>
    <message>
      <source>Import &amp;firm…</source>
      <translation>Importa azienda da &amp;file…</translation>
    </message>
    <message>
      <source>Deleted by someone else</source>
      <translation>Eliminata da un altro utente</translation>
    </message>
    <message>
      <source>Another user deleted this firm while you were editing it. Nothing you typed is lost: your version was kept as "%1".</source>
      <translation>Un altro utente ha eliminato questa azienda mentre la stavate modificando. Nulla di quanto inserito è andato perso: la vostra versione è stata conservata come "%1".</translation>
    </message>
    <message>
      <source>Not closed properly last time: the database was checked and is intact.</source>
      <translation>L'ultima volta l'app non è stata chiusa correttamente: il database è stato controllato ed è integro.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Salvato.</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Apertura in corso…</translation>
    </message>
    <message>
      <source>Changed by someone else</source>
      <translation>Modificata da un altro utente</translation>
    </message>
    <message>
      <source>Another user saved this firm while you were editing it. Nothing was overwritten: their version is shown now, and yours was kept as "%1".</source>
      <translation>Un altro utente ha salvato questa azienda mentre la stavate modificando. Nulla è stato sovrascritto: ora vedete la sua versione, e la vostra è stata conservata come "%1".</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Non salvato: %1</translation>
    </message>
    <message>
      <source>Working for several firms</source>
      <translation>Lavorare per più aziende</translation>
    </message>
    <message>
      <source>Each client firm gets its own self-assessment, plan and dossier in this database; choose the firm in the list at the top of the window. Start now with your first client.</source>
      <translation>Ogni azienda cliente ha in questo archivio la propria autovalutazione, il proprio piano e il proprio dossier; scegliete l'azienda dall'elenco in alto nella finestra. Iniziate ora dal vostro primo cliente.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Lingua</translation>
    </message>
    <message>
      <source>The new language will be used the next time WAT Desktop starts.</source>
      <translation>La nuova lingua sarà usata al prossimo avvio di WAT Desktop.</translation>
    </message>
  </context>
  <context>
    <name>NeedArea</name>
    <message>
      <source>Early childcare (0-5 years)</source>
      <translation>Prima infanzia (0-5 anni)</translation>
    </message>
    <message>
      <source>Children's education and summer camps</source>
      <translation>Istruzione dei figli e centri estivi</translation>
    </message>
    <message>
      <source>Care of elderly relatives (75+)</source>
      <translation>Cura di familiari anziani (75+)</translation>
    </message>
    <message>
      <source>Disability and long-term care</source>
      <translation>Disabilità e non autosufficienza</translation>
    </message>
    <message>
      <source>Health and prevention</source>
      <translation>Salute e prevenzione</translation>
    </message>
    <message>
      <source>Psychological support</source>
      <translation>Supporto psicologico</translation>
    </message>
    <message>
      <source>Economic support (bills, rent, mortgage)</source>
      <translation>Sostegno economico (bollette, affitto, mutuo)</translation>
    </message>
    <message>
      <source>Commuting and mobility</source>
      <translation>Mobilità casa-lavoro</translation>
    </message>
    <message>
      <source>Training and skills</source>
      <translation>Formazione e competenze</translation>
    </message>
    <message>
      <source>Time flexibility and work-life balance</source>
      <translation>Flessibilità oraria e conciliazione</translation>
    </message>
  </context>
  <context>
    <name>NeedKey</name>
    <message>
      <source>Children aged 0-2</source>
      <translation>Figli di 0-2 anni</translation>
    </message>
    <message>
      <source>Children aged 3-5</source>
      <translation>Figli di 3-5 anni</translation>
    </message>
    <message>
      <source>Children aged 6-10</source>
      <translation>Figli di 6-10 anni</translation>
    </message>
    <message>
      <source>Children aged 11-14</source>
      <translation>Figli di 11-14 anni</translation>
    </message>
    <message>
      <source>Children aged 15-18</source>
      <translation>Figli di 15-18 anni</translation>
    </message>
    <message>
      <source>Employees caring for an elderly relative (75+)</source>
      <translation>Dipendenti che assistono un familiare anziano (75+)</translation>
    </message>
    <message>
      <source>Employees caring for a disabled or dependent relative</source>
      <translation>Dipendenti che assistono un familiare disabile o non autosufficiente</translation>
    </message>
    <message>
      <source>Employees with health and prevention needs</source>
      <translation>Dipendenti con bisogni di salute e prevenzione</translation>
    </message>
    <message>
      <source>Employees who would use psychological support</source>
      <translation>Dipendenti che userebbero un supporto psicologico</translation>
    </message>
    <message>
      <source>Employees struggling with bills</source>
      <translation>Dipendenti in difficoltà con le bollette</translation>
    </message>
    <message>
      <source>Employees struggling with rent</source>
      <translation>Dipendenti in difficoltà con l'affitto</translation>
    </message>
    <message>
      <source>Employees struggling with a mortgage</source>
      <translation>Dipendenti in difficoltà con il mutuo</translation>
    </message>
    <message>
      <source>Employees with a costly commute</source>
      <translation>Dipendenti con un tragitto casa-lavoro oneroso</translation>
    </message>
    <message>
      <source>Employees asking for training</source>
      <translation>Dipendenti che chiedono formazione</translation>
    </message>
    <message>
      <source>Employees asking for time flexibility</source>
      <translation>Dipendenti che chiedono flessibilità oraria</translation>
    </message>
  </context>
  <context>
    <name>NeedsChart</name>
    <message>
      <source>Needs profile chart</source>
      <translation>Grafico del profilo dei bisogni</translation>
    </message>
  </context>
  <context>
    <name>NeedsPage</name>
    <message>
      <source>Anonymous employee &amp;survey…</source>
      <translation>&amp;Questionario anonimo ai dipendenti…</translation>
    </message>
    <message>
      <source>Need counts</source>
      <translation>Quante persone per ciascun bisogno</translation>
    </message>
    <message>
      <source>How many of your employees have each need? Enter totals only: no names, no personal data. Children are counted one by one.</source>
      <translation>Quanti dipendenti hanno ciascun bisogno? Inserite solo i totali: nessun nome, nessun dato personale. I figli si contano uno per uno.</translation>
    </message>
    <message>
      <source>Employees in your firm: %1.</source>
      <translation>Dipendenti della vostra azienda: %1.</translation>
    </message>
    <message>
      <source>survey: %1</source>
      <translation>questionario: %1</translation>
    </message>
    <message>
      <source>The plan of step 8 was made before this survey changed the counts: its quantities are for the old figures. Update it in step 8.</source>
      <translation>Il piano del passo 8 è stato preparato prima che questo questionario cambiasse i conteggi: le sue quantità si riferiscono ai dati precedenti. Aggiornatelo al passo 8.</translation>
    </message>
    <message>
      <source>You can also collect the answers with the anonymous questionnaire and import them here.</source>
      <translation>Potete anche raccogliere le risposte con il questionario anonimo e importarle qui.</translation>
    </message>
    <message>
      <source>Survey of %1: %2 of %3 employees answered.</source>
      <translation>Questionario del %1: hanno risposto %2 dipendenti su %3.</translation>
    </message>
    <message>
      <source>Too few answers to show any figure: pool the survey with other firms of your territorial network.</source>
      <translation>Le risposte sono troppo poche per mostrare una qualsiasi cifra: svolgete il questionario insieme ad altre aziende della vostra rete territoriale.</translation>
    </message>
    <message>
      <source>"&lt; %1": fewer than %1 people, so the exact figure is not shown. "at least N": hidden, because together with the other totals it would give away a figure about fewer than %1 people. In both cases the count holds the least the published figures prove, and the plan uses it; you can change it. A question the survey does not publish keeps your own figure.</source>
      <translation>«&lt; %1»: meno di %1 persone, quindi il numero esatto non si mostra. «almeno N»: dato nascosto perché, insieme agli altri totali, permetterebbe di ricavare un dato su meno di %1 persone. In entrambi i casi il conteggio riporta il minimo garantito dai dati pubblicati, ed è quello che usa il piano; potete modificarlo. Per una domanda che il questionario non pubblica resta la vostra cifra.</translation>
    </message>
    <message>
      <source>Fewer than %1 people: the exact figure is not shown, to protect anonymity. The count holds %2, the least the survey proves.</source>
      <translation>Meno di %1 persone: il numero esatto non si mostra, per tutelare l'anonimato. Il conteggio riporta %2, il minimo garantito dal questionario.</translation>
    </message>
    <message>
      <source>Hidden: with the other totals it would give away a figure about fewer than %1 people. The count holds %2, the least the published figures prove.</source>
      <translation>Nascosto: insieme agli altri totali permetterebbe di ricavare un dato su meno di %1 persone. Il conteggio riporta %2, il minimo garantito dai dati pubblicati.</translation>
    </message>
    <message>
      <source>Not published: the survey gives no figure for this question (fewer than %1 answers, or one that would give someone away), so the count keeps your own figure.</source>
      <translation>Non pubblicato: il questionario non fornisce un dato per questa domanda (meno di %1 risposte, oppure un dato che renderebbe riconoscibile qualcuno), quindi il conteggio mantiene la vostra cifra.</translation>
    </message>
  </context>
  <context>
    <name>NeedsProfile</name>
    <message>
      <source>No employee reported this need.</source>
      <translation>Nessun dipendente ha segnalato questo bisogno.</translation>
    </message>
    <message>
      <source>No children of this age were reported.</source>
      <translation>Non sono stati segnalati figli in questa fascia d'età.</translation>
    </message>
    <message>
      <source>%1 of %2 employees (%3%) have this need, which you rate %4 of 5; nothing you offer covers it yet.</source>
      <translation>%1 dipendenti su %2 (%3%) hanno questo bisogno, al quale attribuite rilevanza %4 su 5; nessuna misura in atto lo copre ancora.</translation>
    </message>
    <message>
      <source>%1 of %2 employees (%3%) have this need, which you rate %4 of 5; your measures already reach %5% of the staff.</source>
      <translation>%1 dipendenti su %2 (%3%) hanno questo bisogno, al quale attribuite rilevanza %4 su 5; le vostre misure raggiungono già il %5% del personale.</translation>
    </message>
    <message>
      <source>%1 children for %2 employees, a need you rate %3 of 5; nothing you offer covers it yet.</source>
      <translation>%1 figli per %2 dipendenti, un bisogno al quale attribuite rilevanza %3 su 5; nessuna misura in atto lo copre ancora.</translation>
    </message>
    <message>
      <source>%1 children for %2 employees, a need you rate %3 of 5; your measures already reach %4% of the staff.</source>
      <translation>%1 figli per %2 dipendenti, un bisogno al quale attribuite rilevanza %3 su 5; le vostre misure raggiungono già il %4% del personale.</translation>
    </message>
    <message>
      <source>Already covered: your measures reach the whole staff.</source>
      <translation>Già coperto: le vostre misure raggiungono tutto il personale.</translation>
    </message>
    <message>
      <source>Indicative self-check inspired by the public description of the Welfare Index PMI method. It is not the official Welfare Index PMI rating.</source>
      <translation>Autovalutazione indicativa ispirata alla descrizione pubblica del metodo del Welfare Index PMI. Non è il rating ufficiale del Welfare Index PMI.</translation>
    </message>
  </context>
  <context>
    <name>NeedsProfilePage</name>
    <message>
      <source>Needs ranked, with reasons</source>
      <translation>Bisogni in ordine di priorità, con le motivazioni</translation>
    </message>
    <message>
      <source>Score 0-100 = share of employees concerned × relevance (1-5) ÷ 5, minus the part already reached by your measures.</source>
      <translation>Punteggio 0-100 = quota di dipendenti interessati × rilevanza (1-5) ÷ 5, meno la parte già raggiunta dalle vostre misure.</translation>
    </message>
    <message>
      <source>Your needs, ranked</source>
      <translation>I vostri bisogni in ordine di priorità</translation>
    </message>
    <message>
      <source>Indicative self-check level</source>
      <translation>Livello indicativo di autovalutazione</translation>
    </message>
    <message>
      <source>Why, need by need</source>
      <translation>Perché, bisogno per bisogno</translation>
    </message>
    <message>
      <source>Worked out from your answers: nothing to fill in here. The higher a need, the more a welfare plan should start from it.</source>
      <translation>Calcolato dalle vostre risposte: qui non c'è nulla da compilare. Più un bisogno è in alto, più un piano di welfare dovrebbe partire da lì.</translation>
    </message>
    <message>
      <source>score %1</source>
      <translation>punteggio %1</translation>
    </message>
    <message>
      <source>Indicative level %1 (index %2 of 100, scale 1W to 5W)</source>
      <translation>Livello indicativo %1 (indice %2 su 100, scala da 1W a 5W)</translation>
    </message>
    <message>
      <source>Areas with a measure in place: %1 of %2, %3 of 35 points.</source>
      <translation>Aree con una misura in atto: %1 su %2, %3 punti su 35.</translation>
    </message>
    <message>
      <source>Share of staff those measures reach: %1 of 35 points.</source>
      <translation>Quota di personale raggiunta da queste misure: %1 punti su 35.</translation>
    </message>
    <message>
      <source>Management (binding plan or agreement, convertible bonus, anonymous survey): %1 of 20 points.</source>
      <translation>Gestione (regolamento vincolante o accordo, premio convertibile in welfare, questionario anonimo): %1 punti su 20.</translation>
    </message>
    <message>
      <source>Originality, the last 10 points of the Welfare Index PMI method, cannot be judged by a self-check and is never counted. Only what is already in place counts: the offers chosen in step 7 do not.</source>
      <translation>L'originalità delle iniziative, gli ultimi 10 punti del metodo del Welfare Index PMI, non si può valutare con un'autovalutazione e non viene mai conteggiata. Conta solo ciò che è già in atto: le offerte scelte al passo 7 non contano.</translation>
    </message>
    <message>
      <source>The index alone would give %1, but the areas with a measure in place (%2 of %3) stop the level at %4: %5 needs measures in at least %6 areas.</source>
      <translation>Il solo indice darebbe %1, ma le aree con una misura in atto (%2 su %3) fermano il livello a %4: per il %5 servono misure in almeno %6 aree.</translation>
    </message>
    <message>
      <source>How the level is set: index up to %1 1W, up to %2 2W, up to %3 3W, up to %4 4W, above %4 5W. Each level also needs measures in enough areas: 2W at least %5, 3W %6, 4W %7, 5W %8.</source>
      <translation>Come si determina il livello: indice fino a %1 1W, fino a %2 2W, fino a %3 3W, fino a %4 4W, oltre %4 5W. Ogni livello richiede inoltre misure in un numero minimo di aree: almeno %5 per il 2W, %6 per il 3W, %7 per il 4W, %8 per il 5W.</translation>
    </message>
  </context>
  <context>
    <name>OfferDetail</name>
    <message>
      <source>yes</source>
      <translation>sì</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Tax treatment</source>
      <translation>Trattamento fiscale</translation>
    </message>
    <message>
      <source>Cash reimbursement allowed</source>
      <translation>Rimborso in denaro ammesso</translation>
    </message>
    <message>
      <source>Counts toward the fringe-benefit ceiling</source>
      <translation>Concorre al limite dei fringe benefit</translation>
    </message>
    <message>
      <source>Must be offered to all staff or a category</source>
      <translation>Da offrire alla generalità o a categorie di dipendenti</translation>
    </message>
    <message>
      <source>from %1 users: %2</source>
      <translation>da %1 utenti in su: %2</translation>
    </message>
    <message>
      <source>Activation</source>
      <translation>Attivazione</translation>
    </message>
    <message>
      <source>at least %1 users and %2 firms</source>
      <translation>utenti minimi: %1; aziende minime: %2</translation>
    </message>
    <message>
      <source>Pooled prices</source>
      <translation>Prezzi di rete</translation>
    </message>
    <message>
      <source>Membership fee per firm</source>
      <translation>Quota di adesione per azienda</translation>
    </message>
    <message>
      <source>Network now</source>
      <translation>Adesioni attuali della rete</translation>
    </message>
    <message>
      <source>%1 users from %2 firms</source>
      <translation>utenti: %1; aziende: %2</translation>
    </message>
    <message>
      <source>Your expected users</source>
      <translation>Vostri utenti previsti</translation>
    </message>
    <message>
      <source>State if you join</source>
      <translation>Stato se aderite</translation>
    </message>
    <message>
      <source>Your yearly cost alone</source>
      <translation>Vostro costo annuo da soli</translation>
    </message>
    <message>
      <source>Your yearly cost pooled</source>
      <translation>Vostro costo annuo con i prezzi di rete</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Prezzo</translation>
    </message>
    <message>
      <source>Need areas</source>
      <translation>Aree di bisogno</translation>
    </message>
    <message>
      <source>Who can use it</source>
      <translation>Destinatari</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Fornitore</translation>
    </message>
    <message>
      <source>Accredited by the network</source>
      <translation>Accreditato dalla rete</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Validità</translation>
    </message>
    <message>
      <source>Capacity (users per year)</source>
      <translation>Capienza (utenti all'anno)</translation>
    </message>
  </context>
  <context>
    <name>OfferForecastModel</name>
    <message>
      <source>Pooled offer</source>
      <translation>Offerta in aggregazione</translation>
    </message>
    <message>
      <source>Committed
(users / firms)</source>
      <translation>Impegnati
(utenti / aziende)</translation>
    </message>
    <message>
      <source>Ticked firms
(users / firms)</source>
      <translation>Selezionate
(utenti / aziende)</translation>
    </message>
    <message>
      <source>Threshold
(users / firms)</source>
      <translation>Soglia
(utenti / aziende)</translation>
    </message>
    <message>
      <source>Toward activation
(users)</source>
      <translation>Verso l'attivazione
(utenti)</translation>
    </message>
    <message>
      <source>Users and firms already committed in the network's catalogue</source>
      <translation>Utenti e aziende già impegnati nel catalogo della rete</translation>
    </message>
    <message>
      <source>Users and firms the ticked firms would bring</source>
      <translation>Utenti e aziende che porterebbero le aziende selezionate</translation>
    </message>
    <message>
      <source>The offer activates when both minimums are reached</source>
      <translation>L'offerta si attiva quando sono raggiunti entrambi i minimi</translation>
    </message>
    <message>
      <source>Committed users plus the ticked firms' users, toward the minimum</source>
      <translation>Utenti impegnati più gli utenti delle aziende selezionate, rispetto al minimo</translation>
    </message>
    <message>
      <source>Fewer than %1 users: the exact number is not shown</source>
      <translation>Meno di %1 utenti: il numero esatto non viene mostrato</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stato</translation>
    </message>
  </context>
  <context>
    <name>OffersPage</name>
    <message>
      <source>&amp;Import catalogue…</source>
      <translation>&amp;Importa catalogo…</translation>
    </message>
    <message>
      <source>Import catalogue</source>
      <translation>Importa catalogo</translation>
    </message>
    <message>
      <source>All areas</source>
      <comment>need area filter</comment>
      <translation>Tutte le aree</translation>
    </message>
    <message>
      <source>All provider types</source>
      <comment>provider type filter</comment>
      <translation>Tutti i tipi</translation>
    </message>
    <message>
      <source>Anyone</source>
      <comment>who can use it filter</comment>
      <translation>Tutti</translation>
    </message>
    <message>
      <source>All offers</source>
      <comment>pooling filter</comment>
      <translation>Tutte le offerte</translation>
    </message>
    <message>
      <source>Pooled network offers</source>
      <translation>Offerte in aggregazione</translation>
    </message>
    <message>
      <source>Single-firm offers</source>
      <translation>Offerte per la singola azienda</translation>
    </message>
    <message>
      <source>Only offers for &amp;our needs</source>
      <translation>Solo offerte per i &amp;vostri bisogni</translation>
    </message>
    <message>
      <source>Only offers for our needs</source>
      <translation>Solo offerte per i vostri bisogni</translation>
    </message>
    <message>
      <source>Need &amp;area:</source>
      <translation>&amp;Area di bisogno:</translation>
    </message>
    <message>
      <source>Provider &amp;type:</source>
      <translation>&amp;Tipo di fornitore:</translation>
    </message>
    <message>
      <source>&amp;Who can use it:</source>
      <translation>&amp;Destinatari:</translation>
    </message>
    <message>
      <source>&amp;Pooling:</source>
      <translation>&amp;Rete:</translation>
    </message>
    <message>
      <source>Territorial offers</source>
      <translation>Offerte territoriali</translation>
    </message>
    <message>
      <source>Offer details</source>
      <translation>Dettagli dell'offerta</translation>
    </message>
    <message>
      <source>No network catalogue yet. Import one with the button on the right, or open the demo from the File menu.</source>
      <translation>Nessun catalogo di rete. Importatene uno con il pulsante a destra oppure aprite la demo dal menu File.</translation>
    </message>
    <message>
      <source>Offers of %1 (version %2), those answering your needs first. Tick the ones you want in your plan; select one to see its provider, tax treatment and pooling.</source>
      <translation>Offerte del catalogo «%1» (versione %2), prima quelle che rispondono ai vostri bisogni. Spuntate quelle da inserire nel piano; selezionatene una per vederne fornitore, trattamento fiscale e condizioni di aggregazione.</translation>
    </message>
    <message>
      <source>%1 of %2 offers shown.</source>
      <translation>Offerte mostrate: %1 su %2.</translation>
    </message>
  </context>
  <context>
    <name>OffersTableModel</name>
    <message>
      <source>Offer</source>
      <translation>Offerta</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Fornitore</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Prezzo</translation>
    </message>
    <message>
      <source>Network, if you join</source>
      <translation>Rete, se aderite</translation>
    </message>
    <message>
      <source>Where each pooled offer would stand with your expected users added to those the network's firms have committed</source>
      <translation>Lo stato di ogni offerta di rete se ai vostri utenti previsti si aggiungono quelli già impegnati dalle aziende della rete</translation>
    </message>
    <message>
      <source>pooled</source>
      <translation>in aggregazione</translation>
    </message>
  </context>
  <context>
    <name>PlanCostBand</name>
    <message>
      <source>No plan yet</source>
      <translation>Nessun piano</translation>
    </message>
    <message>
      <source>Up to 5,000 €</source>
      <translation>Fino a 5.000 €</translation>
    </message>
    <message>
      <source>5,000 to 20,000 €</source>
      <translation>Da 5.000 a 20.000 €</translation>
    </message>
    <message>
      <source>20,000 to 50,000 €</source>
      <translation>Da 20.000 a 50.000 €</translation>
    </message>
    <message>
      <source>Over 50,000 €</source>
      <translation>Oltre 50.000 €</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>Recommend the plan that covers the most weighted need within your budget, then add, remove or change offers: the figures follow every change.</source>
      <translation>Fatevi proporre il piano che copre il bisogno ponderato più ampio entro il budget, poi aggiungete, togliete o modificate le offerte: i dati si aggiornano a ogni modifica.</translation>
    </message>
    <message>
      <source>&amp;Recommend the best plan</source>
      <translation>&amp;Proponi il piano migliore</translation>
    </message>
    <message>
      <source>Yearly &amp;budget:</source>
      <translation>&amp;Budget annuo:</translation>
    </message>
    <message>
      <source>Yearly budget</source>
      <translation>Budget annuo</translation>
    </message>
    <message>
      <source>Euros a year for the plan</source>
      <translation>Euro all'anno destinati al piano</translation>
    </message>
    <message>
      <source>Plan lines</source>
      <translation>Voci del piano</translation>
    </message>
    <message>
      <source>Offer to add</source>
      <translation>Offerta da aggiungere</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Aggiungi</translation>
    </message>
    <message>
      <source>Re&amp;move selected</source>
      <translation>&amp;Rimuovi selezionate</translation>
    </message>
    <message>
      <source>Cost to the firm</source>
      <translation>Costo per l'azienda</translation>
    </message>
    <message>
      <source>Value to employees</source>
      <translation>Valore per i dipendenti</translation>
    </message>
    <message>
      <source>The services they receive, at their price</source>
      <translation>I servizi che ricevono, al loro prezzo</translation>
    </message>
    <message>
      <source>Same money as salary, net</source>
      <translation>Stessa somma in busta paga, netto</translation>
    </message>
    <message>
      <source>What employees would net if the plan's cost were paid as salary</source>
      <translation>Quanto resterebbe netto ai dipendenti se il costo del piano fosse pagato come retribuzione</translation>
    </message>
    <message>
      <source>Budget left</source>
      <translation>Budget residuo</translation>
    </message>
    <message>
      <source>CCNL welfare already due</source>
      <translation>Welfare del CCNL già dovuto</translation>
    </message>
    <message>
      <source>Compulsory welfare of your collective agreement, due on top of this plan</source>
      <translation>Welfare obbligatorio del vostro contratto collettivo, dovuto in aggiunta a questo piano</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Avvertenze</translation>
    </message>
    <message>
      <source>How the budget, the CCNL and the bonus fit</source>
      <translation>Come si combinano budget, CCNL e premio di risultato</translation>
    </message>
    <message>
      <source>Tax rules used</source>
      <translation>Regole fiscali applicate</translation>
    </message>
    <message>
      <source>Why these offers</source>
      <translation>Perché queste offerte</translation>
    </message>
    <message>
      <source>The plan has no pooled network offer.</source>
      <translation>Il piano non comprende offerte in aggregazione.</translation>
    </message>
    <message>
      <source>Pooled offers</source>
      <translation>Offerte in aggregazione</translation>
    </message>
    <message>
      <source>Take-up rates</source>
      <translation>Tassi di utilizzo</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nessuno</translation>
    </message>
    <message>
      <source>Figures use the %1 tax rules</source>
      <translation>Importi calcolati con le regole fiscali del %1</translation>
    </message>
    <message>
      <source>This plan (%1) comes on top of the welfare your CCNL already makes due (%2): %3 a year in all.</source>
      <translation>Questo piano (%1) si aggiunge al welfare già dovuto per il vostro CCNL (%2): in tutto %3 l'anno.</translation>
    </message>
    <message>
      <source>The CCNL's flexible benefits (%1) cannot be paid in cash: employees may spend them on services such as these, and what they spend on the plan's services lowers that total.</source>
      <translation>I flexible benefit del CCNL (%1) non sono monetizzabili: i dipendenti possono spenderli in servizi come questi, e quanto spendono nei servizi del piano riduce quel totale.</translation>
    </message>
    <message>
      <source>Of the %1 productivity bonus, %2% is expected to be taken as welfare: %3 that reach employees whole, on which the firm saves about %4 of employer contributions.</source>
      <translation>Del premio di risultato di %1 si prevede che il %2% sia convertito in welfare: %3 che arrivano interi ai dipendenti e sui quali l'azienda risparmia circa %4 di contributi previdenziali.</translation>
    </message>
    <message>
      <source>Pooled offers (%1)</source>
      <translation>Offerte in aggregazione (%1)</translation>
    </message>
    <message>
      <source>%1 — %2. Users: %3 (threshold %4); firms: %5 (threshold %6).</source>
      <translation>%1 — %2. Utenti: %3 (soglia %4); aziende: %5 (soglia %6).</translation>
    </message>
    <message>
      <source>%1 / %2 users</source>
      <translation>%1 / %2 utenti</translation>
    </message>
    <message>
      <source>no budget set</source>
      <translation>budget non indicato</translation>
    </message>
  </context>
  <context>
    <name>PlanReason</name>
    <message>
      <source>%1 of %2 children aged %3</source>
      <translation>%1 su %2 figli di %3 anni</translation>
    </message>
    <message>
      <source>%1 of %2 employees with this need</source>
      <translation>%1 su %2 dipendenti con questo bisogno</translation>
    </message>
    <message numerus="yes">
      <source>%n children aged %1 (total not shown, to protect anonymity)</source>
      <translation>
        <numerusform>%n figlio di %1 anni (totale non mostrato per tutelare l'anonimato)</numerusform>
        <numerusform>%n figli di %1 anni (totale non mostrato per tutelare l'anonimato)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n employees with this need (total not shown, to protect anonymity)</source>
      <translation>
        <numerusform>%n dipendente con questo bisogno (totale non mostrato per tutelare l'anonimato)</numerusform>
        <numerusform>%n dipendenti con questo bisogno (totale non mostrato per tutelare l'anonimato)</numerusform>
      </translation>
    </message>
    <message>
      <source>children aged %1 with this need (numbers not shown, to protect anonymity)</source>
      <translation>i figli di %1 anni con questo bisogno (numeri non mostrati per tutelare l'anonimato)</translation>
    </message>
    <message>
      <source>employees with this need (numbers not shown, to protect anonymity)</source>
      <translation>i dipendenti con questo bisogno (numeri non mostrati per tutelare l'anonimato)</translation>
    </message>
    <message numerus="yes">
      <source>all %n employees</source>
      <translation>
        <numerusform>%n dipendente, cioè tutto il personale</numerusform>
        <numerusform>tutti i %n dipendenti</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 of the %2 employees</source>
      <translation>%1 dei %2 dipendenti</translation>
    </message>
    <message>
      <source>Covers %1 for %2 a year.</source>
      <translation>Copre %1, per %2 all'anno.</translation>
    </message>
    <message>
      <source>Covers %1; pooled price %2 instead of %3.</source>
      <translation>Copre %1; prezzo di rete %2 invece di %3.</translation>
    </message>
    <message>
      <source>Covers %1; your users activate the pooled price %2 instead of %3.</source>
      <translation>Copre %1; con i vostri utenti si attiva il prezzo di rete di %2 invece di %3.</translation>
    </message>
    <message>
      <source>Covers %1 at the standalone price %2 until the pooled offer activates. %3.</source>
      <translation>Copre %1 al prezzo pieno di %2 finché l'offerta di rete non si attiva. %3.</translation>
    </message>
    <message>
      <source>Fringe benefits reach %1 per user, above the %2 ceiling: the whole amount becomes taxable income.</source>
      <translation>I fringe benefit arrivano a %1 per utente, oltre la soglia di %2: l'intero importo diventa reddito imponibile.</translation>
    </message>
    <message>
      <source>Fringe benefits reach exactly the %1 ceiling: one euro more makes the whole amount taxable.</source>
      <translation>I fringe benefit raggiungono esattamente la soglia di %1: un euro in più rende imponibile l'intero importo.</translation>
    </message>
    <message>
      <source>%1 has places for %2 of the %3 people expected to use it: keep it open to all employees or to a homogeneous category, or it is taxed as salary.</source>
      <translation>%1: posti per %2 delle %3 persone che si stima lo useranno; va mantenuto aperto a tutti i dipendenti o a una categoria omogenea, altrimenti è tassato come retribuzione.</translation>
    </message>
    <message>
      <source>%1 has places for %2, fewer than are expected to use it: keep it open to all employees or to a homogeneous category, or it is taxed as salary.</source>
      <translation>%1 ha posti per %2, meno di quanti si stima lo useranno: va mantenuto aperto a tutti i dipendenti o a una categoria omogenea, altrimenti è tassato come retribuzione.</translation>
    </message>
    <message>
      <source>%1 covers %2 of the %3 employees: a cover of this kind is exempt only when it insures all employees or a homogeneous category, not those chosen by need; otherwise it is taxed as salary.</source>
      <translation>%1 copre %2 dei %3 dipendenti: una copertura di questo tipo è esente solo se assicura tutti i dipendenti o un'intera categoria omogenea, non quelli scelti in base al bisogno; altrimenti è tassata come retribuzione.</translation>
    </message>
    <message>
      <source>The plan costs %1 more than the budget of %2.</source>
      <translation>Il piano costa %1 in più rispetto al budget di %2.</translation>
    </message>
    <message>
      <source>This plan was made before the employee survey changed the need counts: its quantities are for the old figures. Propose the plan again or check each quantity.</source>
      <translation>Questo piano è stato fatto prima che il questionario ai dipendenti cambiasse i numeri dei bisogni: le quantità si riferiscono ai dati precedenti. Fatevi proporre di nuovo il piano o verificate ogni quantità.</translation>
    </message>
  </context>
  <context>
    <name>PlanTableModel</name>
    <message>
      <source>Offer</source>
      <translation>Offerta</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantità</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>Prezzo unitario</translation>
    </message>
    <message>
      <source>Yearly cost</source>
      <translation>Costo annuo</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Rete</translation>
    </message>
    <message>
      <source>Bought directly</source>
      <translation>Acquisto diretto</translation>
    </message>
  </context>
  <context>
    <name>Pooling</name>
    <message>
      <source>Active</source>
      <translation>Attiva</translation>
    </message>
    <message>
      <source>Activates if you join</source>
      <translation>Attiva se aderite</translation>
    </message>
    <message numerus="yes">
      <source>%n more users needed</source>
      <translation>
        <numerusform>Manca ancora %n utente</numerusform>
        <numerusform>Mancano ancora %n utenti</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more firms needed</source>
      <translation>
        <numerusform>Manca ancora %n azienda</numerusform>
        <numerusform>Mancano ancora %n aziende</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more users and %1 needed</source>
      <translation>
        <numerusform>Manca ancora %n utente e %1</numerusform>
        <numerusform>Mancano ancora %n utenti e %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more firms</source>
      <translation>
        <numerusform>%n azienda</numerusform>
        <numerusform>%n aziende</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PortfolioTableModel</name>
    <message>
      <source>Firm</source>
      <translation>Azienda</translation>
    </message>
    <message>
      <source>Municipality (area)</source>
      <translation>Comune (area)</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Dipendenti</translation>
    </message>
    <message>
      <source>Sector (ATECO)</source>
      <translation>Settore (ATECO)</translation>
    </message>
    <message>
      <source>CCNL</source>
      <translation>CCNL</translation>
    </message>
    <message>
      <source>Steps done</source>
      <translation>Passi completati</translation>
    </message>
    <message>
      <source>Plan cost</source>
      <translation>Costo del piano</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>Archiviata</translation>
    </message>
    <message>
      <source>No step complete from the first yet</source>
      <translation>Nessun passo ancora completato a partire dal primo</translation>
    </message>
    <message>
      <source>Complete up to: %1</source>
      <translation>Completata fino a: %1</translation>
    </message>
    <message>
      <source>Yearly cost to the firm of the chosen plan, current catalogue</source>
      <translation>Costo annuo per l'azienda del piano scelto, con il catalogo attuale</translation>
    </message>
    <message>
      <source>(unnamed firm)</source>
      <translation>(azienda senza nome)</translation>
    </message>
    <message>
      <source>%1 (archived)</source>
      <translation>%1 (archiviata)</translation>
    </message>
  </context>
  <context>
    <name>PortfolioView</name>
    <message>
      <source>Name or municipality</source>
      <translation>Nome o comune</translation>
    </message>
    <message>
      <source>Any area</source>
      <translation>Tutte le aree</translation>
    </message>
    <message>
      <source>Any size</source>
      <translation>Tutte le dimensioni</translation>
    </message>
    <message>
      <source>Any sector</source>
      <translation>Tutti i settori</translation>
    </message>
    <message>
      <source>Any CCNL</source>
      <translation>Tutti i CCNL</translation>
    </message>
    <message>
      <source>Any step</source>
      <translation>Qualsiasi passo</translation>
    </message>
    <message>
      <source>Any plan cost</source>
      <translation>Qualsiasi costo</translation>
    </message>
    <message>
      <source>Show &amp;archived firms</source>
      <translation>Mostra le aziende arc&amp;hiviate</translation>
    </message>
    <message>
      <source>C&amp;lear filters</source>
      <translation>A&amp;zzera filtri</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>A&amp;ggiorna</translation>
    </message>
    <message>
      <source>Reload the firms (F5): on a shared database, shows other users' changes</source>
      <translation>Ricarica le aziende (F5): su un database condiviso mostra le modifiche degli altri utenti</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;Cerca:</translation>
    </message>
    <message>
      <source>Search:</source>
      <translation>Cerca:</translation>
    </message>
    <message>
      <source>&amp;Territory:</source>
      <translation>&amp;Territorio:</translation>
    </message>
    <message>
      <source>Si&amp;ze:</source>
      <translation>&amp;Dimensione:</translation>
    </message>
    <message>
      <source>S&amp;ector:</source>
      <translation>S&amp;ettore:</translation>
    </message>
    <message>
      <source>CC&amp;NL:</source>
      <translation>CC&amp;NL:</translation>
    </message>
    <message>
      <source>Completed up to:</source>
      <translation>Completate fino a:</translation>
    </message>
    <message>
      <source>&amp;Plan cost:</source>
      <translation>Costo del &amp;piano:</translation>
    </message>
    <message>
      <source>Firms</source>
      <translation>Aziende</translation>
    </message>
    <message>
      <source>Loading the firms</source>
      <translation>Caricamento delle aziende</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>Ap&amp;ri</translation>
    </message>
    <message>
      <source>D&amp;uplicate as template</source>
      <translation>D&amp;uplica come modello</translation>
    </message>
    <message>
      <source>Ar&amp;chive</source>
      <translation>&amp;Metti in archivio</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>E&amp;limina…</translation>
    </message>
    <message>
      <source>A membership dossier (PDF, in Italian) for each selected firm, or for every firm shown when fewer than two are selected, into a folder you choose</source>
      <translation>Un dossier di adesione (PDF, in italiano) per ciascuna azienda selezionata, oppure per tutte le aziende visualizzate se ne sono selezionate meno di due, nella cartella che scegliete</translation>
    </message>
    <message>
      <source>Every firm in this database. Double-click (or Enter) opens a firm in the self-assessment; a template copies a firm's answers for a similar client.</source>
      <translation>Tutte le aziende di questo database. Con un doppio clic (o Invio) l'azienda si apre nell'autovalutazione; un modello copia le risposte di un'azienda per un cliente simile.</translation>
    </message>
    <message>
      <source>Loading the firms…</source>
      <translation>Caricamento delle aziende in corso…</translation>
    </message>
    <message>
      <source>The firms could not be loaded: %1</source>
      <translation>Non è stato possibile caricare le aziende: %1</translation>
    </message>
    <message>
      <source>Firms shown: %1 of %2</source>
      <translation>Aziende visualizzate: %1 su %2</translation>
    </message>
    <message>
      <source>E&amp;xport dossiers of the selected firms (%1)…</source>
      <translation>E&amp;sporta i dossier delle aziende selezionate (%1)…</translation>
    </message>
    <message>
      <source>E&amp;xport dossiers of the firms shown (%1)…</source>
      <translation>E&amp;sporta i dossier delle aziende visualizzate (%1)…</translation>
    </message>
    <message>
      <source>Export dossiers</source>
      <translation>Esporta i dossier</translation>
    </message>
    <message>
      <source>Choose the folder for the dossiers</source>
      <translation>Scegliete la cartella dei dossier</translation>
    </message>
    <message>
      <source>Dossiers written: %1 of %2. The export stopped: %3</source>
      <translation>Dossier scritti: %1 su %2. L'esportazione si è interrotta: %3</translation>
    </message>
    <message>
      <source>Cancelled. Dossiers written: %1 of %2, in %3.</source>
      <translation>Esportazione annullata. Dossier scritti: %1 su %2, in %3.</translation>
    </message>
    <message>
      <source>Dossiers written: %1 of %2, in %3.</source>
      <translation>Dossier scritti: %1 su %2, in %3.</translation>
    </message>
    <message>
      <source>Delete "%1" and all its answers, plan and survey results for every user of this shared database? A copy is first saved as a firm file in the backups folder, so it can be brought back with File &gt; Import firm.</source>
      <translation>Eliminare "%1" con tutte le risposte, il piano e i risultati del questionario per tutti gli utenti di questo database condiviso? Prima ne viene salvata una copia come file azienda nella cartella dei backup, ripristinabile con File &gt; Importa azienda.</translation>
    </message>
    <message>
      <source>Delete "%1" and all its answers, plan and survey results? This cannot be undone.</source>
      <translation>Eliminare "%1" con tutte le risposte, il piano e i risultati del questionario? L'operazione non si può annullare.</translation>
    </message>
    <message>
      <source>The copy could not be made, so nothing was deleted: %1</source>
      <translation>Non è stato possibile fare la copia, quindi non è stato eliminato nulla: %1</translation>
    </message>
    <message>
      <source>Unar&amp;chive</source>
      <translation>Ripristina dall'archivi&amp;o</translation>
    </message>
    <message numerus="yes">
      <source>Write %n membership dossiers, in Italian, into %1? A file of the same name already there is replaced.</source>
      <translation>
        <numerusform>Scrivere %n dossier di adesione, in italiano, nella cartella %1? Un file con lo stesso nome già presente viene sostituito.</numerusform>
        <numerusform>Scrivere %n dossier di adesione, in italiano, nella cartella %1? I file con lo stesso nome già presenti vengono sostituiti.</numerusform>
      </translation>
    </message>
    <message>
      <source>This firm is no longer in the database: another user has just deleted it. The list has been refreshed.</source>
      <translation>Questa azienda non è più nel database: un altro utente l'ha appena eliminata. L'elenco è stato aggiornato.</translation>
    </message>
    <message>
      <source>Open firm</source>
      <translation>Apri azienda</translation>
    </message>
    <message>
      <source>(copy)</source>
      <translation>(copia)</translation>
    </message>
    <message>
      <source>Duplicate as template</source>
      <translation>Duplica come modello</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Archivia</translation>
    </message>
    <message>
      <source>(unnamed firm)</source>
      <translation>(azienda senza nome)</translation>
    </message>
    <message>
      <source>Delete firm</source>
      <translation>Elimina azienda</translation>
    </message>
    <message>
      <source>Delete "%1" and all its answers, plan and survey results? A backup of the database is taken first, so it can be restored from Tools &gt; Backups.</source>
      <translation>Eliminare "%1" con tutte le risposte, il piano e i risultati del questionario? Prima viene eseguito un backup del database, ripristinabile da Strumenti &gt; Backup.</translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message>
      <source>Everything WAT Desktop holds about the firm “%1”, exported on %2.

firm.json: the firm file (the whole self-assessment; it can be imported again).
database-row.json: the firm's record exactly as the database stores it.
needs.csv: the need counts. survey.csv: the published employee survey, if any; only figures that passed anonymity suppression are ever stored.
demand-key.json: the random key that the firm's anonymous demand files carry.
survey-releases.json: every survey table published for this firm.

Elsewhere, until they rotate out: backups that still hold this firm: %3; copies kept aside by a restore: %4. No employee names or individual answers are kept anywhere.</source>
      <translation>Tutti i dati che WAT Desktop conserva sull'azienda «%1», esportati il %2.

firm.json: il file azienda (l'intera autovalutazione; si può importare di nuovo).
database-row.json: il record dell'azienda esattamente come lo conserva il database.
needs.csv: i conteggi dei bisogni. survey.csv: l'indagine tra i dipendenti pubblicata, se presente; si conservano solo dati che hanno superato la soppressione per l'anonimato.
demand-key.json: la chiave casuale riportata nei file di domanda anonimi dell'azienda.
survey-releases.json: tutte le tabelle dell'indagine pubblicate per questa azienda.

Altrove, finché non vengono ruotati: backup che contengono ancora l'azienda: %3; copie messe da parte da un ripristino: %4. Nomi dei dipendenti e singole risposte non sono conservati da nessuna parte.</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Bisogno</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Numero</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Domanda</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Risposta</translation>
    </message>
    <message>
      <source>Respondents</source>
      <translation>Rispondenti</translation>
    </message>
  </context>
  <context>
    <name>PrivacyDialog</name>
    <message>
      <source>Privacy</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <source>The firm's data</source>
      <translation>I dati dell'azienda</translation>
    </message>
    <message>
      <source>Firm: %1</source>
      <translation>Azienda: %1</translation>
    </message>
    <message>
      <source>No firm is open.</source>
      <translation>Nessuna azienda aperta.</translation>
    </message>
    <message>
      <source>&amp;Export everything about this firm…</source>
      <translation>&amp;Esporta tutti i dati di questa azienda…</translation>
    </message>
    <message>
      <source>E&amp;rase this firm for good…</source>
      <translation>&amp;Cancella definitivamente questa azienda…</translation>
    </message>
    <message>
      <source>&amp;Delete the older backups that hold it</source>
      <translation>&amp;Elimina i backup precedenti che la contengono</translation>
    </message>
    <message>
      <source>Privacy status</source>
      <translation>Stato della privacy</translation>
    </message>
    <message>
      <source>The archive holds every record of the firm in readable files (JSON and CSV). Erasing removes the firm from the database for good; older backups still hold it until they rotate out, unless you delete them.</source>
      <translation>L'archivio contiene ogni dato dell'azienda in file leggibili (JSON e CSV). La cancellazione elimina definitivamente l'azienda dal database; i backup precedenti la contengono ancora finché non vengono ruotati, a meno che non li eliminiate.</translation>
    </message>
    <message>
      <source>Encryption at rest</source>
      <translation>Cifratura su disco</translation>
    </message>
    <message>
      <source>Export everything about this firm</source>
      <translation>Esporta tutti i dati di questa azienda</translation>
    </message>
    <message>
      <source>firm-data.zip</source>
      <translation>dati-azienda.zip</translation>
    </message>
    <message>
      <source>ZIP archives (*.zip)</source>
      <translation>Archivi ZIP (*.zip)</translation>
    </message>
    <message>
      <source>Everything about the firm was written to %1.</source>
      <translation>Tutti i dati dell'azienda sono stati scritti in %1.</translation>
    </message>
    <message>
      <source>Erase this firm and all its data for good? This cannot be undone. Export everything first if the firm may want it back.</source>
      <translation>Cancellare definitivamente questa azienda e tutti i suoi dati? L'operazione non si può annullare. Se l'azienda potrebbe volerli riavere, esportate prima tutti i dati.</translation>
    </message>
    <message>
      <source>Erase this firm</source>
      <translation>Cancella questa azienda</translation>
    </message>
    <message>
      <source>The firm was erased. Older backups that still hold it until they rotate out: %1. You can delete them now; a fresh backup is taken first.</source>
      <translation>L'azienda è stata cancellata. Backup precedenti che la contengono ancora finché non vengono ruotati: %1. Potete eliminarli subito; prima viene fatto un nuovo backup.</translation>
    </message>
    <message>
      <source>The firm was erased. No older backup holds it.</source>
      <translation>L'azienda è stata cancellata. Nessun backup precedente la contiene.</translation>
    </message>
    <message>
      <source>Delete the older backups that hold the erased firm (%1)?</source>
      <translation>Eliminare i backup precedenti che contengono l'azienda cancellata (%1)?</translation>
    </message>
    <message>
      <source>Delete older backups</source>
      <translation>Elimina i backup precedenti</translation>
    </message>
    <message>
      <source>Older backups deleted: %1. One fresh verified backup was kept.</source>
      <translation>Backup precedenti eliminati: %1. È stato conservato un nuovo backup verificato.</translation>
    </message>
    <message>
      <source>A shared database is protected by its server, not here.</source>
      <translation>Un database condiviso è protetto dal suo server, non da qui.</translation>
    </message>
    <message>
      <source>To encrypt the database, install the encryption extra: pip install "wat-desktop[encryption]".</source>
      <translation>Per cifrare il database installate l'estensione di cifratura: pip install "wat-desktop[encryption]".</translation>
    </message>
    <message>
      <source>The database and its new backups are encrypted with your passphrase.</source>
      <translation>Il database e i nuovi backup sono cifrati con la vostra passphrase.</translation>
    </message>
    <message>
      <source>&amp;Stop encrypting…</source>
      <translation>&amp;Togli la cifratura…</translation>
    </message>
    <message>
      <source>The database is not encrypted. With a passphrase, nobody who copies the files can read them; without the passphrase, nobody can recover them.</source>
      <translation>Il database non è cifrato. Con una passphrase, chi copia i file non può leggerli; senza la passphrase, nessuno può recuperarli.</translation>
    </message>
    <message>
      <source>E&amp;ncrypt with a passphrase…</source>
      <translation>C&amp;ifra con una passphrase…</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Store the database unencrypted?</source>
      <translation>Conservare il database senza cifratura?</translation>
    </message>
    <message>
      <source>New passphrase (at least 8 characters):</source>
      <translation>Nuova passphrase (almeno 8 caratteri):</translation>
    </message>
    <message>
      <source>The same passphrase again:</source>
      <translation>Ripetete la passphrase:</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Le due passphrase non coincidono.</translation>
    </message>
    <message>
      <source>The passphrase needs at least %1 characters.</source>
      <translation>La passphrase deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
      <source>The database is now encrypted. Keep the passphrase safe.</source>
      <translation>Il database ora è cifrato. Custodite la passphrase.</translation>
    </message>
    <message>
      <source>The database is no longer encrypted.</source>
      <translation>Il database non è più cifrato.</translation>
    </message>
    <message>
      <source>Older backups in the previous state: %1, until they rotate out (or delete them with the privacy tools).</source>
      <translation>Backup precedenti nello stato di prima: %1, finché non vengono ruotati (oppure eliminateli con gli strumenti per la privacy).</translation>
    </message>
  </context>
  <context>
    <name>ProfilePage</name>
    <message>
      <source>Company &amp;name</source>
      <translation>&amp;Ragione sociale</translation>
    </message>
    <message>
      <source>&amp;Partita IVA</source>
      <translation>&amp;Partita IVA</translation>
    </message>
    <message>
      <source>The 11-digit VAT number; the last digit is a check digit.</source>
      <translation>Il numero di partita IVA di 11 cifre; l'ultima è una cifra di controllo.</translation>
    </message>
    <message>
      <source>&amp;Municipality</source>
      <translation>&amp;Comune</translation>
    </message>
    <message>
      <source>&amp;CCNL applied</source>
      <translation>CCN&amp;L applicato</translation>
    </message>
    <message>
      <source>RSU or RSA in the firm</source>
      <translation>RSU o RSA presenti in azienda</translation>
    </message>
    <message>
      <source>Productivity bonus agreement signed</source>
      <translation>Accordo sul premio di risultato sottoscritto</translation>
    </message>
    <message>
      <source>ATECO &amp;code</source>
      <translation>&amp;Codice ATECO</translation>
    </message>
    <message>
      <source>ATECO &amp;section</source>
      <translation>&amp;Sezione ATECO</translation>
    </message>
    <message>
      <source>Name of the &amp;other CCNL</source>
      <translation>Nome dell'&amp;altro CCNL</translation>
    </message>
    <message>
      <source>&amp;Territorial area</source>
      <translation>Ambito &amp;territoriale</translation>
    </message>
    <message>
      <source>e.g. Mario Rossi</source>
      <translation>ad es. Mario Rossi</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Scegliete…</translation>
    </message>
    <message>
      <source>e.g. Confartigianato, CNA</source>
      <translation>ad es. Confartigianato, CNA</translation>
    </message>
    <message>
      <source>&amp;Legal representative</source>
      <translation>L&amp;egale rappresentante</translation>
    </message>
    <message>
      <source>Who signs the membership dossier for the firm.</source>
      <translation>Chi firma il dossier di adesione per conto dell'azienda.</translation>
    </message>
    <message>
      <source>The firm</source>
      <translation>L'azienda</translation>
    </message>
    <message>
      <source>Activity and collective agreement</source>
      <translation>Attività e contratto collettivo</translation>
    </message>
    <message>
      <source>&amp;Operai (blue-collar)</source>
      <translation>&amp;Operai</translation>
    </message>
    <message>
      <source>&amp;Impiegati (white-collar)</source>
      <translation>&amp;Impiegati</translation>
    </message>
    <message>
      <source>&amp;Quadri (middle managers)</source>
      <translation>&amp;Quadri</translation>
    </message>
    <message>
      <source>&amp;Dirigenti (executives)</source>
      <translation>&amp;Dirigenti</translation>
    </message>
    <message>
      <source>of whom &amp;part-time</source>
      <translation>di cui a tempo &amp;parziale</translation>
    </message>
    <message>
      <source>of whom &amp;fixed-term</source>
      <translation>di cui a tempo &amp;determinato</translation>
    </message>
    <message>
      <source>Employees by category</source>
      <translation>Dipendenti per categoria</translation>
    </message>
    <message>
      <source>Union representation</source>
      <translation>Rappresentanza sindacale</translation>
    </message>
    <message>
      <source>&amp;Employers' association</source>
      <translation>Associazione dat&amp;oriale</translation>
    </message>
    <message>
      <source>&amp;Welfare today</source>
      <translation>&amp;Welfare attuale</translation>
    </message>
    <message>
      <source>Productivity bonus</source>
      <translation>Premio di risultato</translation>
    </message>
    <message>
      <source>Industrial relations and welfare</source>
      <translation>Relazioni sindacali e welfare</translation>
    </message>
    <message>
      <source>Your firm's details and how many people it employs. The headcount is used to check the answers in the next steps.</source>
      <translation>I dati della vostra azienda e quante persone vi lavorano. Il numero dei dipendenti serve a controllare le risposte dei passi successivi.</translation>
    </message>
    <message>
      <source>Type to search, e.g. commerce</source>
      <translation>Scrivete per cercare, ad es. commercio</translation>
    </message>
    <message>
      <source>Total employees: %1</source>
      <translation>Totale dipendenti: %1</translation>
    </message>
  </context>
  <context>
    <name>Questionnaire</name>
    <message>
      <source>Anonymous questionnaire on welfare needs</source>
      <translation>Questionario anonimo sui bisogni di welfare</translation>
    </message>
    <message>
      <source>&lt;b&gt;Privacy.&lt;/b&gt; This questionnaire is anonymous: do not write your name or anything that could identify you. Every question is optional. Forms are entered without names, only totals are used, and no figure about fewer than %1 people is ever shown. Family and health questions are asked in broad bands only, to plan welfare services for everyone.</source>
      <translation>&lt;b&gt;Privacy.&lt;/b&gt; Questo questionario è anonimo: non scriva il Suo nome né altro che possa identificarLa. Tutte le domande sono facoltative. I moduli vengono registrati senza nomi, si usano solo i totali e nessun dato che riguardi meno di %1 persone viene mai mostrato. Le domande su famiglia e salute sono poste solo per fasce generiche, per programmare servizi di welfare rivolti a tutti.</translation>
    </message>
    <message>
      <source>Tick one box per question. Children: count those living with you or dependent on you. Leave a question blank if you prefer not to answer.</source>
      <translation>Barri una casella per domanda. Figli: conti quelli conviventi o a Suo carico. Lasci in bianco le domande a cui preferisce non rispondere.</translation>
    </message>
    <message>
      <source>Do not sign this form. Fold it and drop it in the collection box. Thank you!</source>
      <translation>Non firmi il modulo. Lo pieghi e lo inserisca nell'apposita urna. Grazie!</translation>
    </message>
  </context>
  <context>
    <name>RelevancePage</name>
    <message>
      <source>not rated</source>
      <translation>da valutare</translation>
    </message>
    <message>
      <source>1 - not relevant</source>
      <translation>1 - per nulla rilevante</translation>
    </message>
    <message>
      <source>2 - slightly relevant</source>
      <translation>2 - poco rilevante</translation>
    </message>
    <message>
      <source>3 - fairly relevant</source>
      <translation>3 - abbastanza rilevante</translation>
    </message>
    <message>
      <source>4 - very relevant</source>
      <translation>4 - molto rilevante</translation>
    </message>
    <message>
      <source>1 = not relevant, 5 = essential</source>
      <translation>1 = per nulla rilevante, 5 = essenziale</translation>
    </message>
    <message>
      <source>How relevant is each need to your firm? (1-5)</source>
      <translation>Quanto è rilevante ciascun bisogno per la vostra azienda? (1-5)</translation>
    </message>
    <message>
      <source>Rate every need, then tick the welfare measures your firm already offers and say what share of the staff each one reaches.</source>
      <translation>Valutate ogni bisogno, poi spuntate le misure di welfare che l'azienda offre già e indicate quale quota del personale raggiunge ciascuna.</translation>
    </message>
    <message>
      <source>in place</source>
      <translation>presente</translation>
    </message>
    <message>
      <source> % of staff</source>
      <translation> % del personale</translation>
    </message>
    <message>
      <source>%1: share of staff reached</source>
      <translation>%1: quota di personale raggiunta</translation>
    </message>
    <message>
      <source>Share of the staff this measure reaches</source>
      <translation>Quota del personale raggiunta da questa misura</translation>
    </message>
    <message>
      <source>%1: in place</source>
      <translation>%1: presente</translation>
    </message>
    <message>
      <source>5 - essential</source>
      <translation>5 - essenziale</translation>
    </message>
    <message>
      <source>Welfare measures you already have (Welfare Index PMI areas)</source>
      <translation>Misure di welfare già presenti (aree del Welfare Index PMI)</translation>
    </message>
  </context>
  <context>
    <name>Rules</name>
    <message>
      <source>Welfare as: %1 (%2)</source>
      <translation>Welfare erogato come: %1 (%2)</translation>
    </message>
    <message>
      <source>Network fee added to the welfare cost: %1</source>
      <translation>Quota di rete aggiunta al costo del welfare: %1</translation>
    </message>
    <message>
      <source>To the employee</source>
      <translation>Al lavoratore</translation>
    </message>
    <message>
      <source>Cost to the firm</source>
      <translation>Costo per l'azienda</translation>
    </message>
    <message>
      <source>Value per euro</source>
      <translation>Valore per euro speso</translation>
    </message>
    <message>
      <source>Rules of tax year %1 (%2): %3</source>
      <translation>Regole dell'anno d'imposta %1 (%2): %3</translation>
    </message>
    <message>
      <source>Sources:</source>
      <translation>Fonti:</translation>
    </message>
    <message>
      <source>[assumption]</source>
      <translation>[ipotesi]</translation>
    </message>
    <message>
      <source>A voluntary plan is deductible only up to 5 per mille of the labour cost. Adopt it through a company agreement or a binding regulation the employer cannot revoke to deduct it in full (art. 95 TUIR; Agenzia delle Entrate circ. 28/E/2016 and 5/E/2018).</source>
      <translation>Un piano volontario è deducibile solo nel limite del 5 per mille del costo del lavoro. Per dedurlo integralmente va adottato con accordo aziendale o con regolamento vincolante non revocabile dal datore di lavoro (art. 95 TUIR; circ. Agenzia delle Entrate 28/E/2016 e 5/E/2018).</translation>
    </message>
    <message>
      <source>Provided under a contract, an agreement or a binding company regulation: fully deductible (art. 95 TUIR). A regulation the employer can revoke does not qualify.</source>
      <translation>Erogato in base a contratto, accordo o regolamento aziendale vincolante: interamente deducibile (art. 95 TUIR). Un regolamento revocabile dal datore di lavoro non è sufficiente.</translation>
    </message>
    <message>
      <source>Below the ceiling: the whole amount is exempt.</source>
      <translation>Sotto la soglia: l'intero importo è esente.</translation>
    </message>
    <message>
      <source>Exactly at the ceiling: the whole amount is exempt; one cent more makes it all taxable.</source>
      <translation>Esattamente alla soglia: l'intero importo è esente; un centesimo in più lo rende tutto imponibile.</translation>
    </message>
    <message>
      <source>Above the ceiling: the whole amount, not only the excess, becomes taxable income.</source>
      <translation>Oltre la soglia: diventa reddito imponibile l'intero importo, non solo l'eccedenza.</translation>
    </message>
    <message>
      <source>Each withholding is rounded to the cent, half up, as a payroll does.</source>
      <translation>Ogni ritenuta è arrotondata al centesimo (per eccesso dal mezzo centesimo), come in busta paga.</translation>
    </message>
    <message>
      <source>Estimate, not tax advice.</source>
      <translation>Stima, non consulenza fiscale.</translation>
    </message>
    <message>
      <source>As gross salary</source>
      <translation>Come retribuzione lorda</translation>
    </message>
    <message>
      <source>As welfare</source>
      <translation>Come welfare</translation>
    </message>
    <message>
      <source>As productivity bonus in cash</source>
      <translation>Come premio di risultato in denaro</translation>
    </message>
    <message>
      <source>Italian base rate</source>
      <translation>Aliquota base nazionale</translation>
    </message>
    <message>
      <source>Above the fringe-benefit ceiling: the whole amount is taxed as pay.</source>
      <translation>Oltre la soglia dei fringe benefit: l'intero importo è tassato come retribuzione.</translation>
    </message>
    <message>
      <source>Above the yearly cap: the excess is taxed as pay.</source>
      <translation>Oltre il limite annuo: l'eccedenza è tassata come retribuzione.</translation>
    </message>
    <message>
      <source>Outside the years of the derogation: the whole amount is taxed as pay.</source>
      <translation>Fuori dagli anni della deroga: l'intero importo è tassato come retribuzione.</translation>
    </message>
    <message>
      <source>Above the fringe-benefit ceiling of %1 (%2 with dependent children): the whole amount is taxed as pay.</source>
      <translation>Oltre la soglia dei fringe benefit di %1 (%2 con figli a carico): l'intero importo è tassato come retribuzione.</translation>
    </message>
    <message>
      <source>Employment income above %1: no substitute tax, the bonus is taxed as ordinary pay (and cannot be converted into welfare).</source>
      <translation>Reddito di lavoro dipendente oltre %1: niente imposta sostitutiva, il premio è tassato come retribuzione ordinaria (e non può essere convertito in welfare).</translation>
    </message>
    <message>
      <source>Productivity bonus in cash: %1 at the %2% substitute tax, the rest as salary.</source>
      <translation>Premio di risultato in denaro: %1 con imposta sostitutiva (aliquota %2%), l'eventuale eccedenza come retribuzione ordinaria.</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <source>The disk is full. Free some space and try again; no file was changed.</source>
      <translation>Il disco è pieno. Liberate spazio e riprovate; nessun file è stato modificato.</translation>
    </message>
    <message>
      <source>The folder cannot be written (it is read-only or you lack permission); no file was changed.</source>
      <translation>La cartella non è scrivibile (è di sola lettura o mancano i permessi); nessun file è stato modificato.</translation>
    </message>
    <message>
      <source>The file is too large for this disk or folder; no file was changed.</source>
      <translation>Il file è troppo grande per questo disco o cartella; nessun file è stato modificato.</translation>
    </message>
    <message>
      <source>The file could not be written; no file was changed.</source>
      <translation>Non è stato possibile scrivere il file; nessun file è stato modificato.</translation>
    </message>
    <message>
      <source>The database folder is on a network share. SQLite is not safe there and data could be lost. Choose a folder on this computer (--data-dir), or, to share data in an office, use the shared PostgreSQL database (--database-url, see the README).</source>
      <translation>La cartella del database si trova su una condivisione di rete: lì SQLite non è sicuro e i dati potrebbero andare persi. Scegliete una cartella su questo computer (--data-dir) oppure, per condividere i dati in ufficio, usate il database PostgreSQL condiviso (--database-url, si veda il README).</translation>
    </message>
    <message>
      <source>WAT Desktop was not closed properly last time. The database was checked in full and is intact.</source>
      <translation>L'ultima volta WAT Desktop non è stato chiuso correttamente. Il database è stato controllato per intero ed è integro.</translation>
    </message>
    <message>
      <source>WAT Desktop was not closed properly last time, and the full check found damage in the database. Restore the latest good backup to continue safely.</source>
      <translation>L'ultima volta WAT Desktop non è stato chiuso correttamente e il controllo completo ha trovato danni nel database. Ripristinate l'ultimo backup valido per continuare in sicurezza.</translation>
    </message>
    <message>
      <source>The database is encrypted, but this installation cannot read encrypted databases. Install the encryption extra: pip install "wat-desktop[encryption]".</source>
      <translation>Il database è cifrato, ma questa installazione non legge database cifrati. Installate l'estensione di cifratura: pip install "wat-desktop[encryption]".</translation>
    </message>
    <message>
      <source>The passphrase is wrong, so the encrypted database stays closed; nothing was changed. Try again (on the command line: set WAT_DESKTOP_PASSPHRASE). Without the passphrase the data cannot be recovered.</source>
      <translation>La passphrase è errata, quindi il database cifrato resta chiuso; non è stato modificato nulla. Riprovate (da riga di comando: impostate WAT_DESKTOP_PASSPHRASE). Senza la passphrase i dati non si possono recuperare.</translation>
    </message>
  </context>
  <context>
    <name>SimulatorDialog</name>
    <message>
      <source>Simulator</source>
      <translation>Simulatore</translation>
    </message>
    <message>
      <source>Tax-year files not valid, their years are left out: %1</source>
      <translation>File degli anni d'imposta non validi, anni esclusi: %1</translation>
    </message>
    <message>
      <source>Employee with fiscally dependent &amp;children</source>
      <translation>Lavoratore con &amp;figli fiscalmente a carico</translation>
    </message>
    <message>
      <source>Raises the fringe-benefit ceiling; needs the employee's self-declaration.</source>
      <translation>Innalza la soglia dei fringe benefit; richiede l'autodichiarazione del lavoratore.</translation>
    </message>
    <message>
      <source>Tax &amp;year:</source>
      <translation>&amp;Anno d'imposta:</translation>
    </message>
    <message>
      <source>Gross annual &amp;salary (RAL), €:</source>
      <translation>Retribuzione annua &amp;lorda (RAL), €:</translation>
    </message>
    <message>
      <source>The employee's yearly gross pay before this amount.</source>
      <translation>La retribuzione lorda annua del lavoratore, senza questo importo.</translation>
    </message>
    <message>
      <source>&amp;Amount, €:</source>
      <translation>&amp;Importo, €:</translation>
    </message>
    <message>
      <source>The yearly amount to pay.</source>
      <translation>L'importo annuo da erogare.</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>&amp;Regione:</translation>
    </message>
    <message>
      <source>Which regional income-tax surcharge applies.</source>
      <translation>Quale addizionale regionale IRPEF si applica.</translation>
    </message>
    <message>
      <source>&amp;Network fee, €:</source>
      <translation>&amp;Quota di rete, €:</translation>
    </message>
    <message>
      <source>A per-firm fee of the territorial network, added to the welfare cost.</source>
      <translation>La quota annua che l'azienda versa alla rete territoriale, aggiunta al costo del welfare.</translation>
    </message>
    <message>
      <source>&amp;Welfare as:</source>
      <translation>&amp;Welfare erogato come:</translation>
    </message>
    <message>
      <source>The benefit type of art. 51 TUIR the amount is paid as.</source>
      <translation>La prestazione dell'art. 51 TUIR con cui si eroga l'importo.</translation>
    </message>
    <message>
      <source>To the employee</source>
      <translation>Al lavoratore</translation>
    </message>
    <message>
      <source>Cost to the firm</source>
      <translation>Costo per l'azienda</translation>
    </message>
    <message>
      <source>Value per euro</source>
      <translation>Valore per euro speso</translation>
    </message>
    <message>
      <source>Rules and sources</source>
      <translation>Regole e fonti</translation>
    </message>
    <message>
      <source>Estimate with the rules of tax year %1 (%2):</source>
      <translation>Stima con le regole dell'anno d'imposta %1 (%2):</translation>
    </message>
    <message>
      <source>Enter an amount in euros, e.g. 1.000,00.</source>
      <translation>Inserite un importo in euro, ad es. 1.000,00.</translation>
    </message>
    <message>
      <source>Chart: to the employee and cost to the firm</source>
      <translation>Grafico: al lavoratore e costo per l'azienda</translation>
    </message>
    <message>
      <source>Rules of tax year %1 (%2): %3</source>
      <translation>Regole dell'anno d'imposta %1 (%2): %3</translation>
    </message>
  </context>
  <context>
    <name>SizeBand</name>
    <message>
      <source>Micro (under 10)</source>
      <translation>Micro (meno di 10)</translation>
    </message>
    <message>
      <source>Small (10-49)</source>
      <translation>Piccola (10-49)</translation>
    </message>
    <message>
      <source>Medium (50-249)</source>
      <translation>Media (50-249)</translation>
    </message>
    <message>
      <source>Large (250 and over)</source>
      <translation>Grande (250 e oltre)</translation>
    </message>
  </context>
  <context>
    <name>Step</name>
    <message>
      <source>Company profile</source>
      <translation>Profilo aziendale</translation>
    </message>
    <message>
      <source>Workforce</source>
      <translation>Personale</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Bisogni</translation>
    </message>
    <message>
      <source>Relevance and measures</source>
      <translation>Rilevanza e misure</translation>
    </message>
    <message>
      <source>Budget and funding</source>
      <translation>Budget e finanziamenti</translation>
    </message>
    <message>
      <source>Needs profile</source>
      <translation>Profilo dei bisogni</translation>
    </message>
    <message>
      <source>Territorial offers</source>
      <translation>Offerte territoriali</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Piano</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Enter at least one employee in the headcount.</source>
      <translation>Indicate almeno un dipendente nell'organico.</translation>
    </message>
    <message>
      <source>Choose one of the options.</source>
      <translation>Scegliete una delle opzioni.</translation>
    </message>
    <message>
      <source>Write the name of the collective agreement.</source>
      <translation>Scrivete il nome del contratto collettivo.</translation>
    </message>
    <message>
      <source>An ATECO code looks like 25.62.00: two digits, then up to two groups of digits.</source>
      <translation>Un codice ATECO ha la forma 25.62.00: due cifre, seguite da uno o due gruppi di cifre.</translation>
    </message>
    <message>
      <source>Choose the ATECO section or enter the code.</source>
      <translation>Scegliete la sezione ATECO o inserite il codice.</translation>
    </message>
    <message>
      <source>These bands add up to %1, more than the %2 employees.</source>
      <translation>La somma di queste fasce è %1, più dei %2 dipendenti.</translation>
    </message>
    <message>
      <source>These bands add up to %1 of %2 employees.</source>
      <translation>La somma di queste fasce è %1 su %2 dipendenti.</translation>
    </message>
    <message>
      <source>Enter at least one need count.</source>
      <translation>Inserite almeno un numero diverso da zero.</translation>
    </message>
    <message>
      <source>Rate every need area from 1 to 5 (%1 still to rate).</source>
      <translation>Valutate ogni area di bisogno da 1 a 5 (ne mancano %1).</translation>
    </message>
    <message>
      <source>Say what share of the staff this measure reaches (1-100%).</source>
      <translation>Indicate la quota di personale raggiunta da questa misura (1-100%).</translation>
    </message>
    <message>
      <source>Enter a yearly welfare budget or a productivity bonus.</source>
      <translation>Inserite un budget annuo per il welfare o un premio di risultato.</translation>
    </message>
    <message>
      <source>Select at least one offer.</source>
      <translation>Scegliete almeno un'offerta.</translation>
    </message>
  </context>
  <context>
    <name>StepHelp</name>
    <message>
      <source>Who your firm is. The CCNL tells us whether your contract already obliges you to give welfare; the headcount lets us check the other answers. If you do not know your ATECO code, choose the section: it is on your chamber of commerce certificate.</source>
      <translation>Chi è la vostra azienda. Il CCNL ci dice se il contratto vi obbliga già a dare welfare; il numero di dipendenti ci permette di controllare le altre risposte. Se non conoscete il codice ATECO, scegliete la sezione: la trovate nella visura camerale.</translation>
    </message>
    <message>
      <source>How much each need matters to your firm, from 1 (little) to 5 (a lot), and what you already offer. A measure that reaches half of your staff covers half of the need.</source>
      <translation>Quanto è rilevante ciascun bisogno per la vostra azienda, da 1 (poco) a 5 (molto), e che cosa offrite già. Una misura che raggiunge metà del personale copre metà del bisogno.</translation>
    </message>
    <message>
      <source>A picture of your staff in broad bands, never names. The age bands must add up to the headcount, and so must the gender bands. Distance from home helps to judge commuting needs.</source>
      <translation>Una fotografia del personale per grandi fasce, mai con i nomi. Le fasce di età devono dare in totale il numero dei dipendenti, e così anche le fasce di genere. La distanza casa-lavoro aiuta a capire i bisogni di mobilità.</translation>
    </message>
    <message>
      <source>How many employees have each need. Totals only: enter an estimate without asking individual employees, or use the anonymous survey. An employer may not inquire into facts unrelated to work, such as health or family (art. 8 Statuto dei lavoratori; art. 9 GDPR). Children are counted one by one, so they may be more than your employees.</source>
      <translation>Quanti dipendenti hanno ciascun bisogno. Solo totali: inserite una stima senza chiedere ai singoli dipendenti, oppure usate il questionario anonimo. Il datore di lavoro non può indagare su fatti estranei all'attività lavorativa, come la salute o la famiglia (art. 8 dello Statuto dei lavoratori; art. 9 GDPR). I figli si contano uno per uno, quindi possono essere più dei dipendenti.</translation>
    </message>
    <message>
      <source>How much you can spend in a year. A productivity bonus converted into welfare reaches employees whole, with no tax or contributions, and costs the firm less: on the converted part it pays no social security contributions (about 30%).</source>
      <translation>Quanto potete spendere in un anno. Un premio di risultato convertito in welfare arriva intero ai dipendenti, senza imposte né contributi, e costa meno all'azienda, che sulla parte convertita non versa i contributi previdenziali (circa il 30%).</translation>
    </message>
    <message>
      <source>Your needs ranked: the more employees concerned and the more relevant the need, the higher it is; what you already cover is subtracted. The level is only a self-check, not an official rating.</source>
      <translation>I vostri bisogni in ordine di priorità: più dipendenti sono coinvolti e più il bisogno è rilevante, più sale in classifica; ciò che coprite già viene sottratto. Il livello è solo un'autovalutazione, non un rating ufficiale.</translation>
    </message>
    <message>
      <source>The services of the territorial network that answer your needs. Pooled offers cost less when more firms join.</source>
      <translation>I servizi della rete territoriale che rispondono ai vostri bisogni. Le offerte in aggregazione costano meno quando aderiscono più aziende.</translation>
    </message>
    <message>
      <source>How many places or services you want and what they cost in a year.</source>
      <translation>Quanti posti o servizi volete e quanto costano in un anno.</translation>
    </message>
    <message>
      <source>The membership dossier to sign and send to the network, as a PDF. Figures are estimates, not tax advice.</source>
      <translation>Il dossier di adesione da firmare e inviare alla rete, in PDF. Gli importi sono stime, non una consulenza fiscale.</translation>
    </message>
  </context>
  <context>
    <name>StepNavigator</name>
    <message>
      <source>Steps</source>
      <translation>Passi</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>completato</translation>
    </message>
    <message>
      <source>to do</source>
      <translation>da fare</translation>
    </message>
  </context>
  <context>
    <name>StepPage</name>
    <message>
      <source>To complete this step: %1</source>
      <translation>Per completare questo passo: %1</translation>
    </message>
    <message>
      <source>✓ Step complete.</source>
      <translation>✓ Passo completato.</translation>
    </message>
  </context>
  <context>
    <name>StepProgress</name>
    <message>
      <source>Steps completed: %1 of %2</source>
      <translation>Passi completati: %1 su %2</translation>
    </message>
  </context>
  <context>
    <name>SurveyCsv</name>
    <message>
      <source>Missing columns: %1.</source>
      <translation>Colonne mancanti: %1.</translation>
    </message>
    <message>
      <source>Unknown columns: %1. The file may hold more than anonymous answers.</source>
      <translation>Colonne non previste: %1. Il file potrebbe contenere più delle sole risposte anonime.</translation>
    </message>
    <message>
      <source>Repeated columns: %1.</source>
      <translation>Colonne ripetute: %1.</translation>
    </message>
    <message>
      <source>%1 cells instead of %2.</source>
      <translation>%1 celle invece di %2.</translation>
    </message>
    <message>
      <source>Column %1: "%2" is not yes, no or empty.</source>
      <translation>Colonna %1: "%2" non è sì, no o vuoto.</translation>
    </message>
    <message>
      <source>Column %1: "%2" is not 0, 1, 2, 3+ or empty.</source>
      <translation>Colonna %1: "%2" non è 0, 1, 2, 3+ o vuoto.</translation>
    </message>
  </context>
  <context>
    <name>SurveyDialog</name>
    <message>
      <source>Anonymous employee survey</source>
      <translation>Questionario anonimo ai dipendenti</translation>
    </message>
    <message>
      <source>Print the anonymous questionnaire, or send the empty CSV template to whoever types in the answers (one row per form, no names). Then import the file: only totals are kept, and any figure about fewer than %1 people is hidden.</source>
      <translation>Stampate il questionario anonimo, oppure inviate il modello CSV vuoto a chi trascrive le risposte (una riga per modulo, senza nomi). Poi importate il file: si conservano solo i totali e ogni dato che riguarda meno di %1 persone resta nascosto.</translation>
    </message>
    <message>
      <source>The template has one column per question, numbered as on the paper questionnaire (d01_figli_0_2 … d15_orario_flessibile), and one row per form. Answers: sì, no or empty; for children 0, 1, 2, 3+ or empty. No other column is accepted, so a file with names is refused. Files with the older English column names (children_0_2 …) are read too.</source>
      <translation>Il modello ha una colonna per domanda, numerata come nel questionario cartaceo (d01_figli_0_2 … d15_orario_flessibile), e una riga per modulo. Risposte: sì, no o cella vuota; per i figli 0, 1, 2, 3+ o cella vuota. Non sono ammesse altre colonne, quindi un file con nomi viene rifiutato. Si leggono anche i file con i vecchi nomi di colonna in inglese (children_0_2 …).</translation>
    </message>
    <message>
      <source>&amp;Print questionnaire…</source>
      <translation>&amp;Stampa questionario…</translation>
    </message>
    <message>
      <source>Export empty &amp;template…</source>
      <translation>Esporta &amp;modello vuoto…</translation>
    </message>
    <message>
      <source>&amp;Import answers…</source>
      <translation>&amp;Importa risposte…</translation>
    </message>
    <message>
      <source>Importing the answers…</source>
      <translation>Importazione delle risposte in corso…</translation>
    </message>
    <message>
      <source>Rejected rows</source>
      <translation>Righe scartate</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Riga</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problema</translation>
    </message>
    <message>
      <source>Survey results</source>
      <translation>Risultati del questionario</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Bisogno</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Numero</translation>
    </message>
    <message>
      <source>Employees in your firm: %1, too few for an anonymous survey of its own. Ask your territorial network to run it together with other firms (pooled at network level).</source>
      <translation>Dipendenti della vostra azienda: %1, troppo pochi per un questionario anonimo solo vostro. Chiedete alla vostra rete territoriale di svolgerlo insieme ad altre aziende (in forma aggregata a livello di rete).</translation>
    </message>
    <message>
      <source>Print questionnaire</source>
      <translation>Stampa questionario</translation>
    </message>
    <message>
      <source>questionnaire.pdf</source>
      <translation>questionario.pdf</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Export empty template</source>
      <translation>Esporta modello vuoto</translation>
    </message>
    <message>
      <source>survey-answers.csv</source>
      <translation>risposte-questionario.csv</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>File CSV (*.csv)</translation>
    </message>
    <message>
      <source>Import answers</source>
      <translation>Importa risposte</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <source>Nothing was imported. %1</source>
      <translation>Non è stato importato nulla. %1</translation>
    </message>
    <message>
      <source>Import cancelled: nothing was changed.</source>
      <translation>Importazione annullata: non è stato modificato nulla.</translation>
    </message>
    <message>
      <source>Rows with errors: %1 (listed below by line number), so nothing was imported. Correct them in the file and import it again, or import only the valid rows (%2).</source>
      <translation>Righe con errori: %1 (elencate qui sotto con il numero di riga), quindi non è stato importato nulla. Correggetele nel file e importatelo di nuovo, oppure importate solo le righe valide (%2).</translation>
    </message>
    <message>
      <source>Import only the valid rows (%1)</source>
      <translation>Importa solo le righe valide (%1)</translation>
    </message>
    <message>
      <source>No survey imported yet.</source>
      <translation>Nessun questionario ancora importato.</translation>
    </message>
    <message>
      <source>%1 of %2 employees answered (%3%).</source>
      <translation>Hanno risposto %1 dipendenti su %2 (%3%).</translation>
    </message>
    <message>
      <source>"&lt; %1": fewer than %1 people, so the exact figure is not shown. "at least N": hidden, because together with the other totals it would give away a figure about fewer than %1 people.</source>
      <translation>«&lt; %1»: meno di %1 persone, quindi il numero esatto non si mostra. «almeno N»: dato nascosto perché, insieme agli altri totali, permetterebbe di ricavare un dato su meno di %1 persone.</translation>
    </message>
    <message>
      <source>The counts of step 3 (Needs) now come from this survey: the figure shown, or for "&lt; %1" and "at least N" the least the published figures prove. A question the survey does not publish keeps your own figure.</source>
      <translation>I conteggi del passo 3 (Bisogni) ora provengono da questo questionario: il dato mostrato oppure, per «&lt; %1» e «almeno N», il minimo garantito dai dati pubblicati. Per una domanda che il questionario non pubblica resta la vostra cifra.</translation>
    </message>
    <message>
      <source>The plan of step 8 was made before this survey changed the counts: update it in step 8.</source>
      <translation>Il piano del passo 8 è stato preparato prima che questo questionario cambiasse i conteggi: aggiornatelo al passo 8.</translation>
    </message>
    <message>
      <source>Too few answers to show any figure without identifying someone. Run the survey together with other firms of your territorial network (pooled at network level), so that every figure covers at least %1 people.</source>
      <translation>Le risposte sono troppo poche per mostrare qualsiasi dato senza rischiare di identificare qualcuno. Svolgete il questionario insieme ad altre aziende della rete territoriale (in forma aggregata a livello di rete), così che ogni dato riguardi almeno %1 persone.</translation>
    </message>
    <message>
      <source>Written to %1</source>
      <translation>Salvato in %1</translation>
    </message>
  </context>
  <context>
    <name>SurveyImport</name>
    <message>
      <source>The file is larger than %1 MB.</source>
      <translation>Il file supera %1 MB.</translation>
    </message>
    <message>
      <source>The file cannot be read: %1</source>
      <translation>Impossibile leggere il file: %1</translation>
    </message>
    <message>
      <source>The file is not a CSV text file in UTF-8 or Windows-1252.</source>
      <translation>Il file non è un file di testo CSV in UTF-8 o Windows-1252.</translation>
    </message>
    <message>
      <source>The file is empty: it has no header row.</source>
      <translation>Il file è vuoto: manca la riga di intestazione.</translation>
    </message>
    <message>
      <source>The file has a header but no answers.</source>
      <translation>Il file ha l'intestazione ma nessuna risposta.</translation>
    </message>
    <message>
      <source>The file is not a valid CSV file (line %1).</source>
      <translation>Il file non è un CSV valido (riga %1).</translation>
    </message>
    <message>
      <source>Fewer than %1 answers: no figure could be shown without the risk of identifying someone, so nothing was imported. Run the survey together with other firms of your territorial network (pooled at network level).</source>
      <translation>Meno di %1 risposte: nessun dato si potrebbe mostrare senza il rischio di riconoscere qualcuno, quindi non è stato importato nulla. Svolgete il questionario insieme ad altre aziende della vostra rete territoriale (in forma aggregata a livello di rete).</translation>
    </message>
    <message>
      <source>The file has %1 answers but the firm has %2 employees: check that it is this firm's file, or correct the headcount in the company profile first.</source>
      <translation>Il file contiene %1 risposte ma l'azienda ha %2 dipendenti: controllate che sia il file di questa azienda, oppure correggete prima il numero di dipendenti nel profilo aziendale.</translation>
    </message>
  </context>
  <context>
    <name>SurveyQuestion</name>
    <message>
      <source>Yes</source>
      <translation>Sì</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Nessuno</translation>
    </message>
    <message>
      <source>3 or more</source>
      <translation>3 o più</translation>
    </message>
    <message>
      <source>No answer</source>
      <translation>Nessuna risposta</translation>
    </message>
    <message>
      <source>How many of your children are aged 0 to 2?</source>
      <translation>Quanti figli ha tra 0 e 2 anni?</translation>
    </message>
    <message>
      <source>How many of your children are aged 3 to 5?</source>
      <translation>Quanti figli ha tra 3 e 5 anni?</translation>
    </message>
    <message>
      <source>How many of your children are aged 6 to 10?</source>
      <translation>Quanti figli ha tra 6 e 10 anni?</translation>
    </message>
    <message>
      <source>How many of your children are aged 11 to 14?</source>
      <translation>Quanti figli ha tra 11 e 14 anni?</translation>
    </message>
    <message>
      <source>How many of your children are aged 15 to 18?</source>
      <translation>Quanti figli ha tra 15 e 18 anni?</translation>
    </message>
    <message>
      <source>Do you look after a relative aged 75 or over?</source>
      <translation>Assiste un familiare di 75 anni o più?</translation>
    </message>
    <message>
      <source>Do you look after a relative who is disabled or not self-sufficient?</source>
      <translation>Assiste un familiare con disabilità o non autosufficiente?</translation>
    </message>
    <message>
      <source>Would you use check-ups, prevention or health services?</source>
      <translation>Userebbe check-up, prevenzione o servizi sanitari?</translation>
    </message>
    <message>
      <source>Would you use a confidential psychological service?</source>
      <translation>Userebbe un servizio di supporto psicologico riservato?</translation>
    </message>
    <message>
      <source>Are household bills hard to pay?</source>
      <translation>Ha difficoltà a pagare le bollette di casa?</translation>
    </message>
    <message>
      <source>Is your rent hard to pay?</source>
      <translation>Ha difficoltà a pagare l'affitto?</translation>
    </message>
    <message>
      <source>Is your mortgage hard to pay?</source>
      <translation>Ha difficoltà a pagare il mutuo?</translation>
    </message>
    <message>
      <source>Is getting to work costly or difficult?</source>
      <translation>Per Lei raggiungere il lavoro è costoso o difficile?</translation>
    </message>
    <message>
      <source>Would you like training paid by the company?</source>
      <translation>Le interessa una formazione pagata dall'azienda?</translation>
    </message>
    <message>
      <source>Would more flexible working hours help you?</source>
      <translation>Le sarebbe utile un orario di lavoro più flessibile?</translation>
    </message>
  </context>
  <context>
    <name>SurveyResult</name>
    <message>
      <source>&lt; %1</source>
      <translation>&lt; %1</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>nascosto</translation>
    </message>
    <message>
      <source>withheld</source>
      <translation>non pubblicato</translation>
    </message>
    <message>
      <source>at least %1</source>
      <translation>almeno %1</translation>
    </message>
  </context>
  <context>
    <name>TakeUpEditor</name>
    <message>
      <source>Of the people with a need, the share who will really use a service once it is offered. The expected users set how many places the recommended plan buys and where the pooled offers stand. The defaults are assumptions of WAT Desktop; an offer with the network's own estimate keeps it unless you change the rate of its need here.</source>
      <translation>Tra le persone con un bisogno, la quota che userà davvero il servizio una volta offerto. Gli utenti previsti determinano quanti posti acquista il piano consigliato e a che punto sono le offerte in aggregazione. I valori predefiniti sono ipotesi di WAT Desktop; un'offerta con una stima propria della rete la mantiene, salvo che modifichiate qui il tasso del relativo bisogno.</translation>
    </message>
    <message>
      <source>Take-up rates</source>
      <translation>Tassi di utilizzo</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Bisogno</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Persone</translation>
    </message>
    <message>
      <source>Take-up rate</source>
      <translation>Tasso di utilizzo</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Predefinito</translation>
    </message>
    <message>
      <source>Expected users</source>
      <translation>Utenti previsti</translation>
    </message>
    <message>
      <source>Enter the needs first: there is no one to count yet.</source>
      <translation>Inserite prima i bisogni: per ora non c'è nessuno da contare.</translation>
    </message>
    <message>
      <source>Restore the &amp;default rates</source>
      <translation>Ripristina i tassi &amp;predefiniti</translation>
    </message>
    <message>
      <source>Take-up rate: %1</source>
      <translation>Tasso di utilizzo: %1</translation>
    </message>
  </context>
  <context>
    <name>TerritorialArea</name>
    <message>
      <source>Pinerolo and its plain</source>
      <translation>Pinerolo e pianura</translation>
    </message>
    <message>
      <source>Val Pellice</source>
      <translation>Val Pellice</translation>
    </message>
    <message>
      <source>Val Chisone</source>
      <translation>Val Chisone</translation>
    </message>
    <message>
      <source>Val Germanasca</source>
      <translation>Val Germanasca</translation>
    </message>
    <message>
      <source>Outside the Pinerolese</source>
      <translation>Fuori dal Pinerolese</translation>
    </message>
  </context>
  <context>
    <name>Territory</name>
    <message>
      <source>Active already</source>
      <translation>Già attiva</translation>
    </message>
    <message>
      <source>Activates with these firms</source>
      <translation>Si attiva con queste aziende</translation>
    </message>
    <message>
      <source>Needs more demand</source>
      <translation>Serve più domanda</translation>
    </message>
    <message>
      <source>Area not given</source>
      <translation>Ambito non indicato</translation>
    </message>
    <message>
      <source>at least %1</source>
      <translation>almeno %1</translation>
    </message>
    <message>
      <source>users still needed: %1</source>
      <translation>utenti mancanti: %1</translation>
    </message>
    <message>
      <source>firms still needed: %1</source>
      <translation>aziende mancanti: %1</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Tabella</translation>
    </message>
    <message>
      <source>Need or offer</source>
      <translation>Bisogno o offerta</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Ambito territoriale</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Comune</translation>
    </message>
    <message>
      <source>People or users</source>
      <translation>Persone o utenti</translation>
    </message>
    <message>
      <source>As published</source>
      <translation>Come pubblicato</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <source>Users committed</source>
      <translation>Utenti impegnati</translation>
    </message>
    <message>
      <source>Firms committed</source>
      <translation>Aziende impegnate</translation>
    </message>
    <message>
      <source>Joining firms</source>
      <translation>Aziende aderenti</translation>
    </message>
    <message>
      <source>Minimum users</source>
      <translation>Utenti minimi</translation>
    </message>
    <message>
      <source>Minimum firms</source>
      <translation>Aziende minime</translation>
    </message>
    <message>
      <source>Need by area</source>
      <translation>Bisogni per ambito</translation>
    </message>
    <message>
      <source>Need by municipality</source>
      <translation>Bisogni per comune</translation>
    </message>
    <message>
      <source>Pooled offers</source>
      <translation>Offerte in aggregazione</translation>
    </message>
    <message>
      <source>All areas</source>
      <translation>Tutti gli ambiti</translation>
    </message>
    <message>
      <source>Firms in the database: %1 · demand files received: %2 · anonymity threshold: %3</source>
      <translation>Aziende nel database: %1 · file di domanda ricevuti: %2 · soglia di anonimato: %3</translation>
    </message>
    <message>
      <source>users from these firms: %1</source>
      <translation>utenti di queste aziende: %1</translation>
    </message>
  </context>
  <context>
    <name>TerritoryDialog</name>
    <message>
      <source>Territorial demand</source>
      <translation>Domanda territoriale</translation>
    </message>
    <message>
      <source>Need by area</source>
      <translation>Bisogni per ambito</translation>
    </message>
    <message>
      <source>Pooled offers</source>
      <translation>Offerte in aggregazione</translation>
    </message>
    <message>
      <source>Need by municipality</source>
      <translation>Bisogni per comune</translation>
    </message>
    <message>
      <source>Area:</source>
      <translation>Ambito:</translation>
    </message>
    <message>
      <source>A&amp;rea:</source>
      <translation>Ambito te&amp;rritoriale:</translation>
    </message>
    <message>
      <source>&amp;Pooled offers</source>
      <translation>&amp;Offerte in aggregazione</translation>
    </message>
    <message>
      <source>&amp;Need by area</source>
      <translation>&amp;Bisogni per ambito</translation>
    </message>
    <message>
      <source>Need by &amp;municipality</source>
      <translation>Bisogni per co&amp;mune</translation>
    </message>
    <message>
      <source>Filter the list</source>
      <translation>Filtra l'elenco</translation>
    </message>
    <message>
      <source>Filter the firms</source>
      <translation>Filtra le aziende</translation>
    </message>
    <message>
      <source>Firms assumed to join</source>
      <translation>Aziende che si ipotizza aderiscano</translation>
    </message>
    <message>
      <source>&amp;Firms assumed to join:</source>
      <translation>&amp;Aziende che si ipotizza aderiscano:</translation>
    </message>
    <message>
      <source>&amp;All</source>
      <translation>&amp;Tutte</translation>
    </message>
    <message>
      <source>N&amp;one</source>
      <translation>&amp;Nessuna</translation>
    </message>
    <message>
      <source>Remo&amp;ve file…</source>
      <translation>Rimuo&amp;vi file…</translation>
    </message>
    <message>
      <source>Forget the selected demand file</source>
      <translation>Elimina il file di domanda selezionato</translation>
    </message>
    <message>
      <source>&amp;Import demand files…</source>
      <translation>&amp;Importa file di domanda…</translation>
    </message>
    <message>
      <source>Import catalo&amp;gue…</source>
      <translation>Importa cata&amp;logo…</translation>
    </message>
    <message>
      <source>Export &amp;CSV…</source>
      <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
      <source>Export P&amp;DF…</source>
      <translation>Esporta P&amp;DF…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>A&amp;ggiorna</translation>
    </message>
    <message>
      <source>Reload firms and demand files (F5): shows other users' changes</source>
      <translation>Ricarica aziende e file di domanda (F5): mostra le modifiche degli altri utenti</translation>
    </message>
    <message>
      <source>Making the report</source>
      <translation>Preparazione del quadro della domanda territoriale</translation>
    </message>
    <message>
      <source>The report could not be made: %1</source>
      <translation>Non è stato possibile preparare il quadro della domanda territoriale: %1</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nessuno</translation>
    </message>
    <message>
      <source>Network catalogue: %1 · firms in this database: %2 · demand files received: %3</source>
      <translation>Catalogo di rete: %1 · aziende in questo database: %2 · file di domanda ricevuti: %3</translation>
    </message>
    <message>
      <source>Anonymity threshold %1: counts from 1 to %2 read “&lt; %1”, and some cells are hidden so that they cannot be worked out from the totals. Demand files never carry names.</source>
      <translation>Soglia di anonimato %1: i numeri da 1 a %2 sono indicati come “&lt; %1” e alcune celle sono oscurate perché non si possano ricavare dai totali. I file di domanda non contengono mai nomi.</translation>
    </message>
    <message>
      <source>Nothing to export yet: no network catalogue, no firm, no demand file.</source>
      <translation>Ancora nulla da esportare: nessun catalogo di rete, nessuna azienda, nessun file di domanda.</translation>
    </message>
    <message>
      <source>No network catalogue yet: import one with “Import catalogue…” below, or open the demo from the File menu.</source>
      <translation>Nessun catalogo di rete: importatene uno con «Importa catalogo…» qui sotto oppure aprite la demo dal menu File.</translation>
    </message>
    <message>
      <source>The files could not be checked: %1</source>
      <translation>Non è stato possibile controllare i file: %1</translation>
    </message>
    <message>
      <source>Checking the demand files…</source>
      <translation>Controllo dei file di domanda in corso…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <source>Store them now? Refused files change nothing.</source>
      <translation>Registrarli ora? I file rifiutati non modificano nulla.</translation>
    </message>
    <message>
      <source>Remove demand file</source>
      <translation>Rimuovi file di domanda</translation>
    </message>
    <message>
      <source>Forget %1? Its demand no longer counts; you can import the file again.</source>
      <translation>Rimuovere %1? La sua domanda non verrà più conteggiata; il file si può importare di nuovo.</translation>
    </message>
    <message>
      <source>Demand file %1 (%2, %3 employees)</source>
      <translation>File di domanda %1 (%2, %3 dipendenti)</translation>
    </message>
    <message>
      <source>Ticked: %1 of %2</source>
      <translation>Selezionate: %1 su %2</translation>
    </message>
    <message>
      <source>Pooled offers active already: %1 · activating with the ticked firms: %2 · still needing demand: %3</source>
      <translation>Offerte in aggregazione già attive: %1 · che si attivano con le aziende selezionate: %2 · che richiedono ancora domanda: %3</translation>
    </message>
    <message>
      <source>Import demand files</source>
      <translation>Importa file di domanda</translation>
    </message>
    <message>
      <source>Demand files (*.json)</source>
      <translation>File di domanda (*.json)</translation>
    </message>
    <message>
      <source>%1 was refused:</source>
      <translation>%1 è stato rifiutato:</translation>
    </message>
    <message>
      <source>… other lines: %1</source>
      <translation>… altre righe: %1</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Non è stato modificato nulla.</translation>
    </message>
    <message>
      <source>Export CSV</source>
      <translation>Esporta CSV</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Export PDF</source>
      <translation>Esporta PDF</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>TerritoryImport</name>
    <message>
      <source>%1: new firm %2</source>
      <translation>%1: nuova azienda %2</translation>
    </message>
    <message>
      <source>%1: firm %2, replaces the version of %3 (people with needs: %4 → %5)</source>
      <translation>%1: azienda %2, sostituisce la versione del %3 (persone con bisogni: %4 → %5)</translation>
    </message>
    <message>
      <source>%1: one of the firms in this database, ignored</source>
      <translation>%1: una delle aziende di questo database, ignorato</translation>
    </message>
    <message>
      <source>%1: firm %2, not newer than the version already stored, ignored</source>
      <translation>%1: azienda %2, non più recente della versione già salvata, ignorato</translation>
    </message>
    <message>
      <source>Files to store: %1 · ignored: %2 · refused: %3</source>
      <translation>File da registrare: %1 · ignorati: %2 · rifiutati: %3</translation>
    </message>
  </context>
  <context>
    <name>TerritoryReport</name>
    <message>
      <source>Territorial welfare demand</source>
      <translation>Domanda territoriale di welfare</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Bisogno</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Totale</translation>
    </message>
    <message>
      <source>Need by area</source>
      <translation>Bisogni per ambito</translation>
    </message>
    <message>
      <source>Pooled offer</source>
      <translation>Offerta in aggregazione</translation>
    </message>
    <message>
      <source>Committed</source>
      <translation>Impegnati</translation>
    </message>
    <message>
      <source>Joining</source>
      <translation>In adesione</translation>
    </message>
    <message>
      <source>Users toward the minimum</source>
      <translation>Utenti rispetto al minimo</translation>
    </message>
    <message>
      <source>Page %1 of %2</source>
      <translation>Pagina %1 di %2</translation>
    </message>
    <message>
      <source>%1 · territorial demand as of %2 · anonymous aggregates only</source>
      <translation>%1 · domanda territoriale al %2 · solo dati aggregati e anonimi</translation>
    </message>
    <message>
      <source>Report for the network's steering group</source>
      <translation>Relazione per la cabina di regia della rete</translation>
    </message>
    <message>
      <source>%1 · report for the steering group, %2</source>
      <translation>%1 · relazione per la cabina di regia, %2</translation>
    </message>
    <message>
      <source>Counts are people (employees, or children for childcare and school needs). Anonymity threshold %1: counts from 1 to %2 read “&lt; %1”, and some cells are hidden so that they cannot be worked out from the totals; “at least” marks a sum that includes small counts from demand files.</source>
      <translation>I numeri indicano persone (dipendenti oppure, per i bisogni di cura e istruzione, figli). Soglia di anonimato %1: i numeri da 1 a %2 sono indicati come “&lt; %1” e alcune celle sono oscurate perché non si possano ricavare dai totali; “almeno” indica una somma che comprende numeri piccoli provenienti dai file di domanda.</translation>
    </message>
    <message>
      <source>Which pooled offers start</source>
      <translation>Quali offerte in aggregazione partono</translation>
    </message>
    <message>
      <source>Forecast if these firms and demand files join: %1 of %2. An offer starts when both its minimum users and minimum firms are reached.</source>
      <translation>Previsione con l'adesione di queste aziende e file di domanda: %1 su %2. Un'offerta parte quando sono raggiunti sia il minimo di utenti sia il minimo di aziende.</translation>
    </message>
    <message>
      <source>Committed: users / firms already committed in the network's catalogue. Joining: users / firms these firms and files would bring.</source>
      <translation>Impegnati: utenti / aziende già impegnati nel catalogo della rete. In adesione: utenti / aziende che porterebbero queste aziende e questi file.</translation>
    </message>
    <message>
      <source>Firms that scored it</source>
      <translation>Aziende che l'hanno valutata</translation>
    </message>
    <message>
      <source>Annex: need by municipality</source>
      <translation>Allegato: bisogni per comune</translation>
    </message>
    <message>
      <source>Each area's figure is split by the municipality of the firms' sites; small figures are suppressed within each area as in the tables above.</source>
      <translation>Il dato di ogni ambito è ripartito per comune della sede delle aziende; i numeri piccoli sono oscurati all'interno di ciascun ambito come nelle tabelle precedenti.</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message numerus="yes">
      <source>%n firms in the database</source>
      <translation>
        <numerusform>%n azienda nel database</numerusform>
        <numerusform>%n aziende nel database</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n demand files received</source>
      <translation>
        <numerusform>%n file di domanda ricevuto</numerusform>
        <numerusform>%n file di domanda ricevuti</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n pooled offers active already</source>
      <translation>
        <numerusform>%n offerta in aggregazione già attiva</numerusform>
        <numerusform>%n offerte in aggregazione già attive</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n activate with these firms</source>
      <translation>
        <numerusform>%n si attiva con queste aziende</numerusform>
        <numerusform>%n si attivano con queste aziende</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n still need demand</source>
      <translation>
        <numerusform>%n richiede ancora domanda</numerusform>
        <numerusform>%n richiedono ancora domanda</numerusform>
      </translation>
    </message>
    <message>
      <source>Need area</source>
      <translation>Area di bisogno</translation>
    </message>
    <message>
      <source>Mean relevance (1-5)</source>
      <translation>Rilevanza media (1-5)</translation>
    </message>
    <message>
      <source>How relevant firms find each area</source>
      <translation>Quanto le aziende ritengono rilevante ogni area</translation>
    </message>
  </context>
  <context>
    <name>TerritoryTables</name>
    <message>
      <source>Fewer than %1 people: not shown, so nobody can be recognised</source>
      <translation>Meno di %1 persone: il dato non è mostrato, così nessuno è riconoscibile</translation>
    </message>
    <message>
      <source>Hidden so that a small figure cannot be worked out from the total</source>
      <translation>Oscurato perché un numero piccolo non si possa ricavare dal totale</translation>
    </message>
    <message>
      <source>Some demand files report this need as a small, unknown number</source>
      <translation>Alcuni file di domanda indicano questo bisogno con un numero piccolo, non noto</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Bisogno</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Totale</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>This field is required.</source>
      <translation>Campo obbligatorio.</translation>
    </message>
    <message>
      <source>A Partita IVA has exactly 11 digits.</source>
      <translation>La partita IVA ha esattamente 11 cifre.</translation>
    </message>
    <message>
      <source>A Partita IVA contains digits only.</source>
      <translation>La partita IVA contiene solo cifre.</translation>
    </message>
    <message>
      <source>The Partita IVA check digit is wrong: please check the number.</source>
      <translation>La cifra di controllo della partita IVA è errata: ricontrollate il numero.</translation>
    </message>
    <message>
      <source>This is not a valid Partita IVA.</source>
      <translation>Questa non è una partita IVA valida.</translation>
    </message>
    <message>
      <source>A count cannot be negative.</source>
      <translation>Un numero non può essere negativo.</translation>
    </message>
    <message>
      <source>This count is higher than the number of employees (%1).</source>
      <translation>Questo numero supera quello dei dipendenti (%1).</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome to WAT Desktop</source>
      <translation>Benvenuti in WAT Desktop</translation>
    </message>
    <message>
      <source>Plan your employees' welfare together with the territorial network: a few questions about your firm and its needs, the network's offers, a plan and the membership dossier. How would you like to start?</source>
      <translation>Pianificate il welfare dei vostri dipendenti insieme alla rete territoriale: poche domande sull'azienda e sui suoi bisogni, le offerte della rete, un piano e il dossier di adesione. Da dove volete cominciare?</translation>
    </message>
    <message>
      <source>&amp;Create your firm</source>
      <translation>&amp;Create la vostra azienda</translation>
    </message>
    <message>
      <source>Start the self-assessment for your own company.</source>
      <translation>Avviate l'autovalutazione della vostra impresa.</translation>
    </message>
    <message>
      <source>Open the &amp;demo</source>
      <translation>Aprite la &amp;demo</translation>
    </message>
    <message>
      <source>Explore a fictional firm and the Pinerolese network's catalogue.</source>
      <translation>Esplorate un'azienda di fantasia e il catalogo della rete del Pinerolese.</translation>
    </message>
    <message>
      <source>&amp;Import a catalogue</source>
      <translation>Im&amp;portate un catalogo</translation>
    </message>
    <message>
      <source>Load the catalogue file your territorial network sent you.</source>
      <translation>Caricate il file del catalogo ricevuto dalla vostra rete territoriale.</translation>
    </message>
    <message>
      <source>I am a c&amp;onsultant</source>
      <translation>&amp;Sono un consulente</translation>
    </message>
    <message>
      <source>WAT Desktop works without an Internet connection and never asks for employees' names: only anonymous totals.</source>
      <translation>WAT Desktop funziona senza connessione a Internet e non chiede mai i nomi dei dipendenti: solo totali anonimi.</translation>
    </message>
    <message>
      <source>Follow several client firms in one place, then add the first one.</source>
      <translation>Seguite più aziende clienti in un unico archivio, a partire dalla prima.</translation>
    </message>
  </context>
  <context>
    <name>WelfareIndexArea</name>
    <message>
      <source>Pension and insurance protection</source>
      <translation>Previdenza e protezione</translation>
    </message>
    <message>
      <source>Health and care assistance</source>
      <translation>Salute e assistenza</translation>
    </message>
    <message>
      <source>Work-life balance</source>
      <translation>Conciliazione vita-lavoro</translation>
    </message>
    <message>
      <source>Economic support for workers and families</source>
      <translation>Sostegno economico ai lavoratori e alle famiglie</translation>
    </message>
    <message>
      <source>Development of human capital</source>
      <translation>Sviluppo del capitale umano</translation>
    </message>
    <message>
      <source>Support for education and culture</source>
      <translation>Sostegno all'educazione e alla cultura</translation>
    </message>
    <message>
      <source>Rights, diversity and inclusion</source>
      <translation>Diritti, diversità e inclusione</translation>
    </message>
    <message>
      <source>Working conditions and safety</source>
      <translation>Condizioni lavorative e sicurezza</translation>
    </message>
    <message>
      <source>Social responsibility towards customers and suppliers</source>
      <translation>Responsabilità sociale verso consumatori e fornitori</translation>
    </message>
    <message>
      <source>Community welfare</source>
      <translation>Welfare di comunità</translation>
    </message>
  </context>
  <context>
    <name>WelfareRegulation</name>
    <message>
      <source>No welfare plan yet</source>
      <translation>Nessun piano di welfare</translation>
    </message>
    <message>
      <source>Voluntary plan the firm can revoke (not binding)</source>
      <translation>Piano volontario revocabile (non vincolante)</translation>
    </message>
    <message>
      <source>Binding company regulation (not revocable)</source>
      <translation>Regolamento aziendale vincolante (non revocabile)</translation>
    </message>
    <message>
      <source>Company or territorial agreement (binding)</source>
      <translation>Accordo aziendale o territoriale (vincolante)</translation>
    </message>
  </context>
  <context>
    <name>WorkforcePage</name>
    <message>
      <source>Age</source>
      <translation>Età</translation>
    </message>
    <message>
      <source>&amp;Under 30</source>
      <translation>&amp;Meno di 30 anni</translation>
    </message>
    <message>
      <source>30 to &amp;44</source>
      <translation>Da 30 a &amp;44 anni</translation>
    </message>
    <message>
      <source>45 to &amp;54</source>
      <translation>Da 45 a &amp;54 anni</translation>
    </message>
    <message>
      <source>55 and &amp;over</source>
      <translation>55 anni e o&amp;ltre</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genere</translation>
    </message>
    <message>
      <source>&amp;Women</source>
      <translation>&amp;Donne</translation>
    </message>
    <message>
      <source>&amp;Men</source>
      <translation>&amp;Uomini</translation>
    </message>
    <message>
      <source>&amp;Not stated</source>
      <translation>&amp;Non dichiarato</translation>
    </message>
    <message>
      <source>Distance from home to work</source>
      <translation>Distanza casa-lavoro</translation>
    </message>
    <message>
      <source>Less than &amp;10 km</source>
      <translation>Meno di &amp;10 km</translation>
    </message>
    <message>
      <source>&amp;From 10 to 30 km</source>
      <translation>Da 10 a &amp;30 km</translation>
    </message>
    <message>
      <source>More than &amp;30 km</source>
      <translation>&amp;Oltre 30 km</translation>
    </message>
    <message>
      <source>Working time</source>
      <translation>Orario di lavoro</translation>
    </message>
    <message>
      <source>&amp;Shift workers</source>
      <translation>Lavoratori a &amp;turni</translation>
    </message>
    <message>
      <source>Employees in your firm: %1 (from the company profile).</source>
      <translation>Dipendenti della vostra azienda: %1 (dal profilo aziendale).</translation>
    </message>
    <message>
      <source>Count people, never write names.</source>
      <translation>Contate le persone, senza mai scrivere nomi.</translation>
    </message>
    <message>
      <source>Counted: %1 of %2</source>
      <translation>Conteggiati: %1 su %2</translation>
    </message>
  </context>
</TS>