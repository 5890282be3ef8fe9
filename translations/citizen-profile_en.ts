<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The archive can still be read offline.</source>
        <translation>The server cannot be reached. The archive can still be read offline.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent (%1).</source>
        <translation>The server&apos;s certificate is not trusted, so nothing was sent (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s public key does not match the pin, so nothing was sent.</source>
        <translation>The server&apos;s public key does not match the pin, so nothing was sent.</translation>
    </message>
    <message>
        <source>The server tried to move the connection to an unencrypted address; it was refused.</source>
        <translation>The server tried to move the connection to an unencrypted address; it was refused.</translation>
    </message>
    <message>
        <source>The server settings are not usable (%1).</source>
        <translation>The server settings are not usable (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>The server&apos;s answer could not be read (%1).</translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation>The work was cancelled.</translation>
    </message>
    <message>
        <source>The sign-in has ended. Sign in again with: citizen-profile-cli login</source>
        <translation>The sign-in has ended. Sign in again with: citizen-profile-cli login</translation>
    </message>
    <message>
        <source>The server is not available right now (HTTP %1). Try again later; the archive can still be read offline.</source>
        <translation>The server is not available right now (HTTP %1). Try again later; the archive can still be read offline.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Something went wrong (%1).</translation>
    </message>
    <message>
        <source>There is no %1 &apos;%2&apos; in the archive. Run &apos;citizen-profile-cli sync&apos; to fetch what is new.</source>
        <translation>There is no %1 &apos;%2&apos; in the archive. Run &apos;citizen-profile-cli sync&apos; to fetch what is new.</translation>
    </message>
    <message>
        <source>The server refused: your trust level does not allow this operation.</source>
        <translation>The server refused: your trust level does not allow this operation.</translation>
    </message>
    <message>
        <source>The server refused: the request has expired.</source>
        <translation>The server refused: the request has expired.</translation>
    </message>
    <message>
        <source>The server refused: the organisation has withdrawn the request.</source>
        <translation>The server refused: the organisation has withdrawn the request.</translation>
    </message>
    <message>
        <source>The server refused: the request has already been decided.</source>
        <translation>The server refused: the request has already been decided.</translation>
    </message>
    <message>
        <source>The server refused: the consent is no longer active.</source>
        <translation>The server refused: the consent is no longer active.</translation>
    </message>
    <message>
        <source>The server refused: it does not know this item.</source>
        <translation>The server refused: it does not know this item.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>The server refused the request as invalid.</translation>
    </message>
    <message>
        <source>The server refused.</source>
        <translation>The server refused.</translation>
    </message>
    <message>
        <source>There is no folder for the archive; give one with --data-dir.</source>
        <translation>There is no folder for the archive; give one with --data-dir.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Another citizen-profile-cli command is using %1; try again when it has finished.</source>
        <translation>Another citizen-profile-cli command is using %1; try again when it has finished.</translation>
    </message>
    <message>
        <source>The settings in %1 cannot be read (%2).</source>
        <translation>The settings in %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>The CA file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The settings cannot be saved (%1).</source>
        <translation>The settings cannot be saved (%1).</translation>
    </message>
    <message>
        <source>No server is set. Give its address once with --server https://…</source>
        <translation>No server is set. Give its address once with --server https://…</translation>
    </message>
    <message>
        <source>Passphrase of the archive:</source>
        <translation>Passphrase of the archive:</translation>
    </message>
    <message>
        <source>No keychain answers, so the archive needs a passphrase. New passphrase:</source>
        <translation>No keychain answers, so the archive needs a passphrase. New passphrase:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>The same passphrase again:</translation>
    </message>
    <message>
        <source>The two passphrases differ, or none was typed.</source>
        <translation>The two passphrases differ, or none was typed.</translation>
    </message>
    <message>
        <source>The archive could not be unlocked with the key in the keychain (%1).</source>
        <translation>The archive could not be unlocked with the key in the keychain (%1).</translation>
    </message>
    <message>
        <source>The archive is protected by a passphrase: set CP_PASSPHRASE or run the command on a terminal.</source>
        <translation>The archive is protected by a passphrase: set CP_PASSPHRASE or run the command on a terminal.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
    <message>
        <source>The archive could not be unlocked (%1).</source>
        <translation>The archive could not be unlocked (%1).</translation>
    </message>
    <message>
        <source>There is no archive in %1 yet. Sign in with &apos;citizen-profile-cli login&apos;, then run &apos;citizen-profile-cli sync&apos;.</source>
        <translation>There is no archive in %1 yet. Sign in with &apos;citizen-profile-cli login&apos;, then run &apos;citizen-profile-cli sync&apos;.</translation>
    </message>
    <message>
        <source>A new encrypted archive was made in %1; its key is kept in the keychain.</source>
        <translation>A new encrypted archive was made in %1; its key is kept in the keychain.</translation>
    </message>
    <message>
        <source>No keychain answered (%1), so a new archive needs a passphrase: set CP_PASSPHRASE or run the command on a terminal.</source>
        <translation>No keychain answered (%1), so a new archive needs a passphrase: set CP_PASSPHRASE or run the command on a terminal.</translation>
    </message>
    <message>
        <source>The archive could not be made (%1).</source>
        <translation>The archive could not be made (%1).</translation>
    </message>
    <message>
        <source>A new encrypted archive was made in %1; it opens with your passphrase.</source>
        <translation>A new encrypted archive was made in %1; it opens with your passphrase.</translation>
    </message>
    <message>
        <source>The archive failed its check and was moved aside to %1. A new one was started; the next sync fills it again.</source>
        <translation>The archive failed its check and was moved aside to %1. A new one was started; the next sync fills it again.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in with: citizen-profile-cli login</source>
        <translation>You are not signed in. Sign in with: citizen-profile-cli login</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the sign-in could not be renewed. The archive can still be read offline.</source>
        <translation>The server cannot be reached, so the sign-in could not be renewed. The archive can still be read offline.</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Open this address in a browser to sign in:</translation>
    </message>
    <message>
        <source>Waiting for the browser. If it runs on another computer, paste here the address it ended on (it starts with http://127.0.0.1).</source>
        <translation>Waiting for the browser. If it runs on another computer, paste here the address it ended on (it starts with http://127.0.0.1).</translation>
    </message>
    <message>
        <source>That is not the address this sign-in waits for.</source>
        <translation>That is not the address this sign-in waits for.</translation>
    </message>
    <message>
        <source>The sign-in did not finish in time. Run &apos;login&apos; again.</source>
        <translation>The sign-in did not finish in time. Run &apos;login&apos; again.</translation>
    </message>
    <message>
        <source>The sign-in was refused at the server.</source>
        <translation>The sign-in was refused at the server.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain (%1).</source>
        <translation>The sign-in could not be removed from the keychain (%1).</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>encrypted, key in the keychain</source>
        <translation>encrypted, key in the keychain</translation>
    </message>
    <message>
        <source>encrypted, opens with a passphrase</source>
        <translation>encrypted, opens with a passphrase</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>yes, but the server cannot be reached now</source>
        <translation>yes, but the server cannot be reached now</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Trust level</source>
        <translation>Trust level</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Pending requests</translation>
    </message>
    <message>
        <source>Decisions waiting to be sent</source>
        <translation>Decisions waiting to be sent</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 of %2 types</source>
        <translation>%1 of %2 types</translation>
    </message>
    <message>
        <source>%1, %2 offline</source>
        <translation>%1, %2 offline</translation>
    </message>
    <message>
        <source>Consent requests</source>
        <translation>Consent requests</translation>
    </message>
    <message>
        <source>%1, %2 pending</source>
        <translation>%1, %2 pending</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Access events</source>
        <translation>Access events</translation>
    </message>
    <message>
        <source>The archive is up to date.</source>
        <translation>The archive is up to date.</translation>
    </message>
    <message numerus="yes">
        <source>%n changed record(s)</source>
        <translation>
            <numerusform>%n changed record</numerusform>
            <numerusform>%n changed records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n new document</numerusform>
            <numerusform>%n new documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fulfilled order(s)</source>
        <translation>
            <numerusform>%n fulfilled order</numerusform>
            <numerusform>%n fulfilled orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new consent request(s)</source>
        <translation>
            <numerusform>%n new consent request</numerusform>
            <numerusform>%n new consent requests</numerusform>
        </translation>
    </message>
    <message>
        <source>New since the last sync: %1.</source>
        <translation>New since the last sync: %1.</translation>
    </message>
    <message>
        <source>There is no record type &apos;%1&apos;. The types are: %2.</source>
        <translation>There is no record type &apos;%1&apos;. The types are: %2.</translation>
    </message>
    <message>
        <source>version %1, %2, %3</source>
        <translation>version %1, %2, %3</translation>
    </message>
    <message>
        <source>confirmed by the register</source>
        <translation>confirmed by the register</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>entered by you</translation>
    </message>
    <message>
        <source>Version %1 of %2 (%3)</source>
        <translation>Version %1 of %2 (%3)</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>was: %1</translation>
    </message>
    <message>
        <source>The archive holds no records yet; run &apos;sync&apos;.</source>
        <translation>The archive holds no records yet; run &apos;sync&apos;.</translation>
    </message>
    <message>
        <source>The archive holds no record of this type.</source>
        <translation>The archive holds no record of this type.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>The archive holds no documents yet; run &apos;sync&apos;.</source>
        <translation>The archive holds no documents yet; run &apos;sync&apos;.</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>The stored copy of the document cannot be read (%1).</source>
        <translation>The stored copy of the document cannot be read (%1).</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 cannot be written (%2).</translation>
    </message>
    <message>
        <source>With --json, give --output FILE: standard output carries the JSON document.</source>
        <translation>With --json, give --output FILE: standard output carries the JSON document.</translation>
    </message>
    <message>
        <source>The document&apos;s contents would go to the terminal: give --output FILE or redirect standard output.</source>
        <translation>The document&apos;s contents would go to the terminal: give --output FILE or redirect standard output.</translation>
    </message>
    <message>
        <source>Warning: %1 is not encrypted. This copy leaves the protection of the archive; keep it safe, and delete it when it is no longer needed.</source>
        <translation>Warning: %1 is not encrypted. This copy leaves the protection of the archive; keep it safe, and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>%1 written (%2).</source>
        <translation>%1 written (%2).</translation>
    </message>
    <message>
        <source>The document&apos;s signature is not stored (%1); run &apos;sync&apos; to fetch it.</source>
        <translation>The document&apos;s signature is not stored (%1); run &apos;sync&apos; to fetch it.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be ordered. These kinds can: %2.</source>
        <translation>&apos;%1&apos; cannot be ordered. These kinds can: %2.</translation>
    </message>
    <message>
        <source>Ordering %1 needs --year.</source>
        <translation>Ordering %1 needs --year.</translation>
    </message>
    <message>
        <source>Ordering %1 takes no --year.</source>
        <translation>Ordering %1 takes no --year.</translation>
    </message>
    <message>
        <source>Ordered (%1). The document arrives with a later sync.</source>
        <translation>Ordered (%1). The document arrives with a later sync.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MiB, the most the server takes.</source>
        <translation>%1 is larger than 20 MiB, the most the server takes.</translation>
    </message>
    <message>
        <source>Only PDF, PNG and JPEG files can be added.</source>
        <translation>Only PDF, PNG and JPEG files can be added.</translation>
    </message>
    <message>
        <source>The title must have 1 to 200 characters.</source>
        <translation>The title must have 1 to 200 characters.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>Added as %1.</source>
        <translation>Added as %1.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>%1, waiting to send: %2</source>
        <translation>%1, waiting to send: %2</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nothing to show.</translation>
    </message>
    <message>
        <source>Consent request %1</source>
        <translation>Consent request %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1.</source>
        <translation>Waiting to send: %1.</translation>
    </message>
    <message>
        <source>Consent %1</source>
        <translation>Consent %1</translation>
    </message>
    <message>
        <source>consent request or consent</source>
        <translation>consent request or consent</translation>
    </message>
    <message>
        <source>There is no terminal to ask on: add --yes to confirm.</source>
        <translation>There is no terminal to ask on: add --yes to confirm.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Nothing was done.</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>The consent %1 is %2; only an active consent can be revoked.</source>
        <translation>The consent %1 is %2; only an active consent can be revoked.</translation>
    </message>
    <message>
        <source>Revoke this consent? The organisation loses access from now on.</source>
        <translation>Revoke this consent? The organisation loses access from now on.</translation>
    </message>
    <message>
        <source>consent request</source>
        <translation>consent request</translation>
    </message>
    <message>
        <source>The request %1 is %2; only a pending request can be decided.</source>
        <translation>The request %1 is %2; only a pending request can be decided.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an optional record of this request. Its optional records are: %2.</source>
        <translation>&apos;%1&apos; is not an optional record of this request. Its optional records are: %2.</translation>
    </message>
    <message>
        <source>Shared on granting: %1</source>
        <translation>Shared on granting: %1</translation>
    </message>
    <message>
        <source>Grant?</source>
        <translation>Grant?</translation>
    </message>
    <message>
        <source>This is a high-risk financial operation. Grant it all the same?</source>
        <translation>This is a high-risk financial operation. Grant it all the same?</translation>
    </message>
    <message>
        <source>Deny?</source>
        <translation>Deny?</translation>
    </message>
    <message>
        <source>The decision is stored and waits to be sent: the server cannot be reached now. The next sync sends it.</source>
        <translation>The decision is stored and waits to be sent: the server cannot be reached now. The next sync sends it.</translation>
    </message>
    <message>
        <source>Granted; the consent is %1.</source>
        <translation>Granted; the consent is %1.</translation>
    </message>
    <message>
        <source>Denied.</source>
        <translation>Denied.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Revoked.</translation>
    </message>
    <message>
        <source>The decision is stored, but the sign-in has ended: sign in again with &apos;login&apos;, and the next sync sends it.</source>
        <translation>The decision is stored, but the sign-in has ended: sign in again with &apos;login&apos;, and the next sync sends it.</translation>
    </message>
    <message>
        <source>No decision has been made on %1 yet, so there is no receipt.</source>
        <translation>No decision has been made on %1 yet, so there is no receipt.</translation>
    </message>
    <message>
        <source>The receipt was written to %1.</source>
        <translation>The receipt was written to %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>Nobody has read your data under a consent yet.</source>
        <translation>Nobody has read your data under a consent yet.</translation>
    </message>
    <message>
        <source>Passphrase for the backup:</source>
        <translation>Passphrase for the backup:</translation>
    </message>
    <message>
        <source>A backup needs a passphrase: set CP_BACKUP_PASSPHRASE or type it twice on a terminal.</source>
        <translation>A backup needs a passphrase: set CP_BACKUP_PASSPHRASE or type it twice on a terminal.</translation>
    </message>
    <message>
        <source>The archive could not be copied for the backup (%1).</source>
        <translation>The archive could not be copied for the backup (%1).</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>The backup could not be written (%1).</source>
        <translation>The backup could not be written (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The backup was written to %1 (%2, %n file(s)).</source>
        <translation>
            <numerusform>The backup was written to %1 (%2, %n file).</numerusform>
            <numerusform>The backup was written to %1 (%2, %n files).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds an archive. Restore into an empty folder (--data-dir), or remove this one with &apos;wipe&apos; first.</source>
        <translation>%1 already holds an archive. Restore into an empty folder (--data-dir), or remove this one with &apos;wipe&apos; first.</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Passphrase of the backup:</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase is needed: set CP_BACKUP_PASSPHRASE or run the command on a terminal.</source>
        <translation>The backup&apos;s passphrase is needed: set CP_BACKUP_PASSPHRASE or run the command on a terminal.</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup (or the file is damaged).</source>
        <translation>The passphrase does not open this backup (or the file is damaged).</translation>
    </message>
    <message>
        <source>The backup could not be restored (%1).</source>
        <translation>The backup could not be restored (%1).</translation>
    </message>
    <message>
        <source>The restored settings cannot be read (%1).</source>
        <translation>The restored settings cannot be read (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The archive was restored into %1 (%n file(s)).</source>
        <translation>
            <numerusform>The archive was restored into %1 (%n file).</numerusform>
            <numerusform>The archive was restored into %1 (%n files).</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain answered, so the restored archive needs a passphrase: set CP_PASSPHRASE or run the command on a terminal, then import again into an empty folder.</source>
        <translation>No keychain answered, so the restored archive needs a passphrase: set CP_PASSPHRASE or run the command on a terminal, then import again into an empty folder.</translation>
    </message>
    <message>
        <source>The restored archive could not get its key (%1).</source>
        <translation>The restored archive could not get its key (%1).</translation>
    </message>
    <message>
        <source>Remove the archive in %1, its documents, its keys and the sign-in from this computer? This cannot be undone.</source>
        <translation>Remove the archive in %1, its documents, its keys and the sign-in from this computer? This cannot be undone.</translation>
    </message>
    <message>
        <source>Not everything could be removed (%1).</source>
        <translation>Not everything could be removed (%1).</translation>
    </message>
    <message>
        <source>Everything of the archive was removed from this computer.</source>
        <translation>Everything of the archive was removed from this computer.</translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>not identified</translation>
    </message>
    <message>
        <source>Your own file</source>
        <translation>Your own file</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>unknown issuer</source>
        <translation>unknown issuer</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>online only</source>
        <translation>online only</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>grant</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>deny</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>revoke</translation>
    </message>
    <message>
        <source>INN / OGRN</source>
        <translation>INN / OGRN</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Registered participant</source>
        <translation>Registered participant</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Your trust level</source>
        <translation>Your trust level</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Required records</source>
        <translation>Required records</translation>
    </message>
    <message>
        <source>Optional records</source>
        <translation>Optional records</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>The profile server&apos;s https:// address (kept for later runs).</source>
        <translation>The profile server&apos;s https:// address (kept for later runs).</translation>
    </message>
    <message>
        <source>Trust only the CA certificates in this PEM file (kept).</source>
        <translation>Trust only the CA certificates in this PEM file (kept).</translation>
    </message>
    <message>
        <source>Require this SHA-256 (hex) of the server&apos;s public key (kept).</source>
        <translation>Require this SHA-256 (hex) of the server&apos;s public key (kept).</translation>
    </message>
    <message>
        <source>The folder of the archive (default: the user&apos;s data folder).</source>
        <translation>The folder of the archive (default: the user&apos;s data folder).</translation>
    </message>
    <message>
        <source>Write one JSON document per command on stdout, for scripts.</source>
        <translation>Write one JSON document per command on stdout, for scripts.</translation>
    </message>
    <message>
        <source>The language of messages (default: the system&apos;s).</source>
        <translation>The language of messages (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>login: only print the address; do not start a browser.</source>
        <translation>login: only print the address; do not start a browser.</translation>
    </message>
    <message>
        <source>records: every version, with what changed.</source>
        <translation>records: every version, with what changed.</translation>
    </message>
    <message>
        <source>Write to FILE (created 0600) instead of stdout.</source>
        <translation>Write to FILE (created 0600) instead of stdout.</translation>
    </message>
    <message>
        <source>documents order: the year the document covers.</source>
        <translation>documents order: the year the document covers.</translation>
    </message>
    <message>
        <source>documents add: the title (default: the file name).</source>
        <translation>documents add: the title (default: the file name).</translation>
    </message>
    <message>
        <source>consents list: pending, granted, denied, expired, withdrawn, active or revoked.</source>
        <translation>consents list: pending, granted, denied, expired, withdrawn, active or revoked.</translation>
    </message>
    <message>
        <source>consents grant: the optional records to share as well.</source>
        <translation>consents grant: the optional records to share as well.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (needed without a terminal).</source>
        <translation>Do not ask for confirmation (needed without a terminal).</translation>
    </message>
    <message>
        <source>Sign in through the browser.</source>
        <translation>Sign in through the browser.</translation>
    </message>
    <message>
        <source>Sign out and forget the sign-in on this computer.</source>
        <translation>Sign out and forget the sign-in on this computer.</translation>
    </message>
    <message>
        <source>Show the sign-in, the archive and the last sync.</source>
        <translation>Show the sign-in, the archive and the last sync.</translation>
    </message>
    <message>
        <source>Bring the archive up to date with the server.</source>
        <translation>Bring the archive up to date with the server.</translation>
    </message>
    <message>
        <source>Show the records of the profile, or of one type.</source>
        <translation>Show the records of the profile, or of one type.</translation>
    </message>
    <message>
        <source>List the documents of the archive.</source>
        <translation>List the documents of the archive.</translation>
    </message>
    <message>
        <source>Write a document&apos;s contents to stdout or FILE.</source>
        <translation>Write a document&apos;s contents to stdout or FILE.</translation>
    </message>
    <message>
        <source>Check a document&apos;s signature again, offline.</source>
        <translation>Check a document&apos;s signature again, offline.</translation>
    </message>
    <message>
        <source>Copy a document out of the encrypted archive.</source>
        <translation>Copy a document out of the encrypted archive.</translation>
    </message>
    <message>
        <source>Order a fresh document from its source.</source>
        <translation>Order a fresh document from its source.</translation>
    </message>
    <message>
        <source>Add a PDF, PNG or JPEG file of your own.</source>
        <translation>Add a PDF, PNG or JPEG file of your own.</translation>
    </message>
    <message>
        <source>List consent requests and consents.</source>
        <translation>List consent requests and consents.</translation>
    </message>
    <message>
        <source>Show a consent request or a consent in full.</source>
        <translation>Show a consent request or a consent in full.</translation>
    </message>
    <message>
        <source>Grant a consent request.</source>
        <translation>Grant a consent request.</translation>
    </message>
    <message>
        <source>Deny a consent request.</source>
        <translation>Deny a consent request.</translation>
    </message>
    <message>
        <source>Revoke a consent.</source>
        <translation>Revoke a consent.</translation>
    </message>
    <message>
        <source>Write the receipt of a decision, as JSON.</source>
        <translation>Write the receipt of a decision, as JSON.</translation>
    </message>
    <message>
        <source>Show which organisation read which records, and when.</source>
        <translation>Show which organisation read which records, and when.</translation>
    </message>
    <message>
        <source>Export the whole archive to a file protected by a passphrase.</source>
        <translation>Export the whole archive to a file protected by a passphrase.</translation>
    </message>
    <message>
        <source>Restore the archive from a backup file.</source>
        <translation>Restore the archive from a backup file.</translation>
    </message>
    <message>
        <source>Remove the archive, its keys and the sign-in from this computer.</source>
        <translation>Remove the archive, its keys and the sign-in from this computer.</translation>
    </message>
    <message>
        <source>Run &apos;citizen-profile-cli --help&apos; for the commands and options.</source>
        <translation>Run &apos;citizen-profile-cli --help&apos; for the commands and options.</translation>
    </message>
    <message>
        <source>Usage: citizen-profile-cli [OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation>Usage: citizen-profile-cli [OPTIONS] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>citizen-profile-cli: your digital profile on the command line. It signs in, keeps an encrypted archive of your records, documents and consents up to date, and sends your decisions on consent requests.</source>
        <translation>citizen-profile-cli: your digital profile on the command line. It signs in, keeps an encrypted archive of your records, documents and consents up to date, and sends your decisions on consent requests.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>The archive&apos;s passphrase, where no keychain holds its key (for scripts).</source>
        <translation>The archive&apos;s passphrase, where no keychain holds its key (for scripts).</translation>
    </message>
    <message>
        <source>The passphrase of a backup file, for backup export and import without a terminal.</source>
        <translation>The passphrase of a backup file, for backup export and import without a terminal.</translation>
    </message>
    <message>
        <source>The keychain service name (default: citizen-profile), to keep tests apart.</source>
        <translation>The keychain service name (default: citizen-profile), to keep tests apart.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit codes:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>An error (the message says which).</source>
        <translation>An error (the message says which).</translation>
    </message>
    <message>
        <source>Wrong use of the command line.</source>
        <translation>Wrong use of the command line.</translation>
    </message>
    <message>
        <source>Not signed in: run &apos;login&apos; first.</source>
        <translation>Not signed in: run &apos;login&apos; first.</translation>
    </message>
    <message>
        <source>The archive is locked, or the passphrase is wrong.</source>
        <translation>The archive is locked, or the passphrase is wrong.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the archive can still be read offline, and decisions wait to be sent.</source>
        <translation>The server cannot be reached; the archive can still be read offline, and decisions wait to be sent.</translation>
    </message>
    <message>
        <source>Refused by the server, or by the trust-level rule the server applies.</source>
        <translation>Refused by the server, or by the trust-level rule the server applies.</translation>
    </message>
    <message>
        <source>With --json, every command writes one JSON document on stdout, errors as {&quot;error&quot;: code, &quot;message&quot;: text}; see docs/cli.md for the members.</source>
        <translation>With --json, every command writes one JSON document on stdout, errors as {&quot;error&quot;: code, &quot;message&quot;: text}; see docs/cli.md for the members.</translation>
    </message>
    <message>
        <source>--lang takes ru or en.</source>
        <translation>--lang takes ru or en.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>The option --%1 is given twice.</translation>
    </message>
    <message>
        <source>The server address must start with https://: an unencrypted http:// address is refused.</source>
        <translation>The server address must start with https://: an unencrypted http:// address is refused.</translation>
    </message>
    <message>
        <source>The server address must be an https:// address, such as https://profile.example:8443.</source>
        <translation>The server address must be an https:// address, such as https://profile.example:8443.</translation>
    </message>
    <message>
        <source>--pin takes the SHA-256 of the server&apos;s public key as 64 hexadecimal digits.</source>
        <translation>--pin takes the SHA-256 of the server&apos;s public key as 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>--state takes one of: %1.</source>
        <translation>--state takes one of: %1.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025.</source>
        <translation>--year takes a year such as 2025.</translation>
    </message>
    <message>
        <source>A command is needed.</source>
        <translation>A command is needed.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand.</source>
        <translation>&apos;%1&apos; needs a subcommand.</translation>
    </message>
    <message>
        <source>Usage: citizen-profile-cli %1 %2</source>
        <translation>Usage: citizen-profile-cli %1 %2</translation>
    </message>
    <message>
        <source>The option --%1 does not go with &apos;%2&apos;.</source>
        <translation>The option --%1 does not go with &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>The archive could not be written; the disk may be full (%1).</source>
        <translation>The archive could not be written; the disk may be full (%1).</translation>
    </message>
    <message>
        <source>The decision could not be saved on this computer; nothing was sent. The disk may be full.</source>
        <translation>The decision could not be saved on this computer; nothing was sent. The disk may be full.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consumer loan</source>
        <translation>Consumer loan</translation>
    </message>
    <message>
        <source>Mortgage loan</source>
        <translation>Mortgage loan</translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation>Car loan</translation>
    </message>
    <message>
        <source>Compulsory motor insurance (OSAGO)</source>
        <translation>Compulsory motor insurance (OSAGO)</translation>
    </message>
    <message>
        <source>Comprehensive motor insurance (KASKO)</source>
        <translation>Comprehensive motor insurance (KASKO)</translation>
    </message>
    <message>
        <source>Life insurance</source>
        <translation>Life insurance</translation>
    </message>
    <message>
        <source>Identification for financial services</source>
        <translation>Identification for financial services</translation>
    </message>
    <message>
        <source>Issuing a bank card</source>
        <translation>Issuing a bank card</translation>
    </message>
    <message>
        <source>Opening a bank account</source>
        <translation>Opening a bank account</translation>
    </message>
    <message>
        <source>Opening a deposit</source>
        <translation>Opening a deposit</translation>
    </message>
    <message>
        <source>Opening a brokerage account</source>
        <translation>Opening a brokerage account</translation>
    </message>
    <message>
        <source>Non-state pension agreement</source>
        <translation>Non-state pension agreement</translation>
    </message>
    <message>
        <source>Credit history report</source>
        <translation>Credit history report</translation>
    </message>
    <message>
        <source>Deposit insurance payout</source>
        <translation>Deposit insurance payout</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Insurance company</source>
        <translation>Insurance company</translation>
    </message>
    <message>
        <source>Microfinance organisation</source>
        <translation>Microfinance organisation</translation>
    </message>
    <message>
        <source>Non-state pension fund</source>
        <translation>Non-state pension fund</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Credit history bureau</source>
        <translation>Credit history bureau</translation>
    </message>
    <message>
        <source>Deposit Insurance Agency</source>
        <translation>Deposit Insurance Agency</translation>
    </message>
    <message>
        <source>Receive and use the data</source>
        <translation>Receive and use the data</translation>
    </message>
    <message>
        <source>Pass the data on to the named processors</source>
        <translation>Pass the data on to the named processors</translation>
    </message>
    <message>
        <source>One-time access</source>
        <translation>One-time access</translation>
    </message>
    <message>
        <source>Periodic access</source>
        <translation>Periodic access</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Waiting for your decision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Expired without an answer</source>
        <translation>Expired without an answer</translation>
    </message>
    <message>
        <source>Withdrawn by the organisation</source>
        <translation>Withdrawn by the organisation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked by you</source>
        <translation>Revoked by you</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Term ended</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>2-NDFL income certificate</source>
        <translation>2-NDFL income certificate</translation>
    </message>
    <message>
        <source>Pension account statement</source>
        <translation>Pension account statement</translation>
    </message>
    <message>
        <source>Certificate of assigned pension</source>
        <translation>Certificate of assigned pension</translation>
    </message>
    <message>
        <source>Employment history extract (STD-R)</source>
        <translation>Employment history extract (STD-R)</translation>
    </message>
    <message>
        <source>Real-estate extract from EGRN</source>
        <translation>Real-estate extract from EGRN</translation>
    </message>
    <message>
        <source>Maternity capital balance statement</source>
        <translation>Maternity capital balance statement</translation>
    </message>
    <message>
        <source>Certificate of no tax arrears</source>
        <translation>Certificate of no tax arrears</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Added by you</translation>
    </message>
    <message>
        <source>Federal Tax Service</source>
        <translation>Federal Tax Service</translation>
    </message>
    <message>
        <source>Social Fund of Russia</source>
        <translation>Social Fund of Russia</translation>
    </message>
    <message>
        <source>Rosreestr</source>
        <translation>Rosreestr</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <source>personal INN</source>
        <translation>personal INN</translation>
    </message>
    <message>
        <source>organisation INN</source>
        <translation>organisation INN</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>OGRN</translation>
    </message>
    <message>
        <source>OGRNIP</source>
        <translation>OGRNIP</translation>
    </message>
    <message>
        <source>health insurance policy number</source>
        <translation>health insurance policy number</translation>
    </message>
    <message>
        <source>passport series</source>
        <translation>passport series</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>passport number</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>department code</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>cadastral number</source>
        <translation>cadastral number</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>The %1 is empty.</translation>
    </message>
    <message>
        <source>The %1 has the wrong number of characters.</source>
        <translation>The %1 has the wrong number of characters.</translation>
    </message>
    <message>
        <source>The %1 contains characters that do not belong in it.</source>
        <translation>The %1 contains characters that do not belong in it.</translation>
    </message>
    <message>
        <source>The %1 is not written in its usual form.</source>
        <translation>The %1 is not written in its usual form.</translation>
    </message>
    <message>
        <source>The %1 is from a range that cannot be checked.</source>
        <translation>The %1 is from a range that cannot be checked.</translation>
    </message>
    <message>
        <source>The check digits of the %1 do not match, so the value is wrong.</source>
        <translation>The check digits of the %1 do not match, so the value is wrong.</translation>
    </message>
</context>
<context>
    <name>RecordCatalogue</name>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Reached the age of 20</source>
        <translation>Reached the age of 20</translation>
    </message>
    <message>
        <source>Reached the age of 45</source>
        <translation>Reached the age of 45</translation>
    </message>
    <message>
        <source>Change of personal data</source>
        <translation>Change of personal data</translation>
    </message>
    <message>
        <source>Error in the passport</source>
        <translation>Error in the passport</translation>
    </message>
    <message>
        <source>Unfit for use</source>
        <translation>Unfit for use</translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation>Lost or stolen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Self-employed (professional income tax)</source>
        <translation>Self-employed (professional income tax)</translation>
    </message>
    <message>
        <source>Individual entrepreneur</source>
        <translation>Individual entrepreneur</translation>
    </message>
    <message>
        <source>Individual entrepreneur on professional income tax</source>
        <translation>Individual entrepreneur on professional income tax</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Petition filed</source>
        <translation>Petition filed</translation>
    </message>
    <message>
        <source>Debt restructuring</source>
        <translation>Debt restructuring</translation>
    </message>
    <message>
        <source>Sale of property</source>
        <translation>Sale of property</translation>
    </message>
    <message>
        <source>Out-of-court bankruptcy</source>
        <translation>Out-of-court bankruptcy</translation>
    </message>
    <message>
        <source>Land plot</source>
        <translation>Land plot</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Unfinished construction</source>
        <translation>Unfinished construction</translation>
    </message>
    <message>
        <source>Parking place</source>
        <translation>Parking place</translation>
    </message>
    <message>
        <source>Single property complex</source>
        <translation>Single property complex</translation>
    </message>
    <message>
        <source>Basic general education</source>
        <translation>Basic general education</translation>
    </message>
    <message>
        <source>Secondary general education</source>
        <translation>Secondary general education</translation>
    </message>
    <message>
        <source>Secondary vocational education</source>
        <translation>Secondary vocational education</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Bachelor&apos;s degree</translation>
    </message>
    <message>
        <source>Specialist degree</source>
        <translation>Specialist degree</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Master&apos;s degree</translation>
    </message>
    <message>
        <source>Postgraduate education</source>
        <translation>Postgraduate education</translation>
    </message>
    <message>
        <source>Additional professional education</source>
        <translation>Additional professional education</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Removed from the register</source>
        <translation>Removed from the register</translation>
    </message>
    <message>
        <source>Not subject to registration</source>
        <translation>Not subject to registration</translation>
    </message>
    <message>
        <source>A (fit)</source>
        <translation>A (fit)</translation>
    </message>
    <message>
        <source>B (fit with minor restrictions)</source>
        <translation>B (fit with minor restrictions)</translation>
    </message>
    <message>
        <source>V (limited fitness)</source>
        <translation>V (limited fitness)</translation>
    </message>
    <message>
        <source>G (temporarily unfit)</source>
        <translation>G (temporarily unfit)</translation>
    </message>
    <message>
        <source>D (unfit)</source>
        <translation>D (unfit)</translation>
    </message>
    <message>
        <source>Group I</source>
        <translation>Group I</translation>
    </message>
    <message>
        <source>Group II</source>
        <translation>Group II</translation>
    </message>
    <message>
        <source>Group III</source>
        <translation>Group III</translation>
    </message>
    <message>
        <source>Disabled child</source>
        <translation>Disabled child</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Department code</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Replaced on</translation>
    </message>
    <message>
        <source>Reason for replacement</source>
        <translation>Reason for replacement</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Tax office</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Mobile phone verified</source>
        <translation>Mobile phone verified</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail verified</source>
        <translation>E-mail verified</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Full address</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>GAR identifier</source>
        <translation>GAR identifier</translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation>Registered since</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Act record number</source>
        <translation>Act record number</translation>
    </message>
    <message>
        <source>Date of the record</source>
        <translation>Date of the record</translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <translation>Spouse&apos;s name</translation>
    </message>
    <message>
        <source>Registry office</source>
        <translation>Registry office</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Child&apos;s name</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Employer&apos;s INN</source>
        <translation>Employer&apos;s INN</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tax agent</source>
        <translation>Tax agent</translation>
    </message>
    <message>
        <source>Tax agent&apos;s INN</source>
        <translation>Tax agent&apos;s INN</translation>
    </message>
    <message>
        <source>Income by month and code</source>
        <translation>Income by month and code</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Total income</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>Tax withheld</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Sum of payments</source>
        <translation>Sum of payments</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Pension points (IPK)</source>
        <translation>Pension points (IPK)</translation>
    </message>
    <message>
        <source>Insurance record, years</source>
        <translation>Insurance record, years</translation>
    </message>
    <message>
        <source>Pension savings</source>
        <translation>Pension savings</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount per month</source>
        <translation>Amount per month</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Remaining balance</source>
        <translation>Remaining balance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OGRNIP</source>
        <translation>OGRNIP</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Date opened</source>
        <translation>Date opened</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Cadastral number</translation>
    </message>
    <message>
        <source>Area, sq. m</source>
        <translation>Area, sq. m</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Encumbrances</source>
        <translation>Encumbrances</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation>Registration plate</translation>
    </message>
    <message>
        <source>Year of manufacture</source>
        <translation>Year of manufacture</translation>
    </message>
    <message>
        <source>Series and number</source>
        <translation>Series and number</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Resolution number</source>
        <translation>Resolution number</translation>
    </message>
    <message>
        <source>Date of the resolution</source>
        <translation>Date of the resolution</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Discount deadline</source>
        <translation>Discount deadline</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Speciality</source>
        <translation>Speciality</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Year of graduation</source>
        <translation>Year of graduation</translation>
    </message>
    <message>
        <source>Fitness category</source>
        <translation>Fitness category</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>ESIA / Ministry of Internal Affairs</source>
        <translation>ESIA / Ministry of Internal Affairs</translation>
    </message>
    <message>
        <source>Ministry of Internal Affairs</source>
        <translation>Ministry of Internal Affairs</translation>
    </message>
    <message>
        <source>ESIA</source>
        <translation>ESIA</translation>
    </message>
    <message>
        <source>Social Fund of Russia (SFR)</source>
        <translation>Social Fund of Russia (SFR)</translation>
    </message>
    <message>
        <source>Federal Tax Service (FNS)</source>
        <translation>Federal Tax Service (FNS)</translation>
    </message>
    <message>
        <source>Unified State Register of Civil Status Records (EGR ZAGS)</source>
        <translation>Unified State Register of Civil Status Records (EGR ZAGS)</translation>
    </message>
    <message>
        <source>FSSP</source>
        <translation>FSSP</translation>
    </message>
    <message>
        <source>EFRSB</source>
        <translation>EFRSB</translation>
    </message>
    <message>
        <source>Rosreestr (EGRN)</source>
        <translation>Rosreestr (EGRN)</translation>
    </message>
    <message>
        <source>Traffic police (Gosavtoinspektsiya)</source>
        <translation>Traffic police (Gosavtoinspektsiya)</translation>
    </message>
    <message>
        <source>GIS GMP</source>
        <translation>GIS GMP</translation>
    </message>
    <message>
        <source>FOMS</source>
        <translation>FOMS</translation>
    </message>
    <message>
        <source>FRDO</source>
        <translation>FRDO</translation>
    </message>
    <message>
        <source>Ministry of Defence</source>
        <translation>Ministry of Defence</translation>
    </message>
    <message>
        <source>FGIS FRI</source>
        <translation>FGIS FRI</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Russian passport</source>
        <translation>Russian passport</translation>
    </message>
    <message>
        <source>Earlier passports</source>
        <translation>Earlier passports</translation>
    </message>
    <message>
        <source>International passport</source>
        <translation>International passport</translation>
    </message>
    <message>
        <source>SNILS (insurance number)</source>
        <translation>SNILS (insurance number)</translation>
    </message>
    <message>
        <source>Taxpayer number (INN)</source>
        <translation>Taxpayer number (INN)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>Temporary registration</source>
        <translation>Temporary registration</translation>
    </message>
    <message>
        <source>Marriage records</source>
        <translation>Marriage records</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation>Employment history</translation>
    </message>
    <message>
        <source>Income and tax (2-NDFL)</source>
        <translation>Income and tax (2-NDFL)</translation>
    </message>
    <message>
        <source>Payments with contributions</source>
        <translation>Payments with contributions</translation>
    </message>
    <message>
        <source>Pension account statement</source>
        <translation>Pension account statement</translation>
    </message>
    <message>
        <source>Pensions and benefits</source>
        <translation>Pensions and benefits</translation>
    </message>
    <message>
        <source>Maternity capital</source>
        <translation>Maternity capital</translation>
    </message>
    <message>
        <source>Self-employment status</source>
        <translation>Self-employment status</translation>
    </message>
    <message>
        <source>Tax arrears</source>
        <translation>Tax arrears</translation>
    </message>
    <message>
        <source>Enforcement proceedings</source>
        <translation>Enforcement proceedings</translation>
    </message>
    <message>
        <source>Bankruptcy</source>
        <translation>Bankruptcy</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Real estate</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Vehicle registration certificates</source>
        <translation>Vehicle registration certificates</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Traffic fines</source>
        <translation>Traffic fines</translation>
    </message>
    <message>
        <source>Health insurance policy</source>
        <translation>Health insurance policy</translation>
    </message>
    <message>
        <source>Military registration</source>
        <translation>Military registration</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Birth certificate series</source>
        <translation>Birth certificate series</translation>
    </message>
    <message>
        <source>Birth certificate number</source>
        <translation>Birth certificate number</translation>
    </message>
    <message>
        <source>Capital certificate number</source>
        <translation>Capital certificate number</translation>
    </message>
</context>
<context>
    <name>RecordCategory</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation>Work and income</translation>
    </message>
    <message>
        <source>Pension and benefits</source>
        <translation>Pension and benefits</translation>
    </message>
    <message>
        <source>Taxes and debts</source>
        <translation>Taxes and debts</translation>
    </message>
    <message>
        <source>Property and vehicles</source>
        <translation>Property and vehicles</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Military service</translation>
    </message>
</context>
<context>
    <name>TrustLevel</name>
    <message>
        <source>Identification data verified</source>
        <translation>Identification data verified</translation>
    </message>
    <message>
        <source>The data belongs to the person who presented it</source>
        <translation>The data belongs to the person who presented it</translation>
    </message>
    <message>
        <source>The data is unique in its digital environment</source>
        <translation>The data is unique in its digital environment</translation>
    </message>
    <message>
        <source>The digital identity is determined by the presented identifier</source>
        <translation>The digital identity is determined by the presented identifier</translation>
    </message>
    <message>
        <source>The identifier is unambiguously linked to the person</source>
        <translation>The identifier is unambiguously linked to the person</translation>
    </message>
    <message>
        <source>Information services for individuals</source>
        <translation>Information services for individuals</translation>
    </message>
    <message>
        <source>Information services for legal entities</source>
        <translation>Information services for legal entities</translation>
    </message>
    <message>
        <source>Financial operations of individuals within the provider&apos;s risk limits</source>
        <translation>Financial operations of individuals within the provider&apos;s risk limits</translation>
    </message>
    <message>
        <source>High-risk financial operations of individuals</source>
        <translation>High-risk financial operations of individuals</translation>
    </message>
    <message>
        <source>Financial operations of legal entities</source>
        <translation>Financial operations of legal entities</translation>
    </message>
    <message>
        <source>Some confidence</source>
        <translation>Some confidence</translation>
    </message>
    <message>
        <source>Moderate confidence</source>
        <translation>Moderate confidence</translation>
    </message>
    <message>
        <source>Substantial confidence</source>
        <translation>Substantial confidence</translation>
    </message>
    <message>
        <source>Trust level 1 (low)</source>
        <translation>Trust level 1 (low)</translation>
    </message>
    <message>
        <source>Trust level 2 (medium)</source>
        <translation>Trust level 2 (medium)</translation>
    </message>
    <message>
        <source>Trust level 3 (high)</source>
        <translation>Trust level 3 (high)</translation>
    </message>
    <message>
        <source>Your identity has not been confirmed, and this request needs %1. Confirm your account at a service centre or through your bank, then try again.</source>
        <translation>Your identity has not been confirmed, and this request needs %1. Confirm your account at a service centre or through your bank, then try again.</translation>
    </message>
    <message>
        <source>This request is for an operation that needs %1, but your identification has %2. It cannot be granted until your identification reaches the needed level.</source>
        <translation>This request is for an operation that needs %1, but your identification has %2. It cannot be granted until your identification reaches the needed level.</translation>
    </message>
</context>
<context>
    <name>cp::ui::ActivityModel</name>
    <message>
        <source>Records fetched</source>
        <translation>Records fetched</translation>
    </message>
    <message>
        <source>Fetch refused</source>
        <translation>Fetch refused</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <source>Document arrived</source>
        <translation>Document arrived</translation>
    </message>
    <message>
        <source>Order fulfilled</source>
        <translation>Order fulfilled</translation>
    </message>
    <message>
        <source>Consent requested</source>
        <translation>Consent requested</translation>
    </message>
    <message>
        <source>the consent was not active</source>
        <translation>the consent was not active</translation>
    </message>
    <message>
        <source>the consent was revoked</source>
        <translation>the consent was revoked</translation>
    </message>
    <message>
        <source>the consent had expired</source>
        <translation>the consent had expired</translation>
    </message>
    <message>
        <source>the trust level did not suffice</source>
        <translation>the trust level did not suffice</translation>
    </message>
    <message>
        <source>the record was not granted</source>
        <translation>the record was not granted</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>%1 changed (version %2)</source>
        <translation>%1 changed (version %2)</translation>
    </message>
    <message>
        <source>Document arrived: %1</source>
        <translation>Document arrived: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
</context>
<context>
    <name>cp::ui::ActivityView</name>
    <message>
        <source>Nothing has happened yet. Fetches of your records by organisations and changes in your archive will be listed here.</source>
        <translation>Nothing has happened yet. Fetches of your records by organisations and changes in your archive will be listed here.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nothing matches the filter.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>Filter the activity</source>
        <translation>Filter the activity</translation>
    </message>
    <message>
        <source>Activity list</source>
        <translation>Activity list</translation>
    </message>
    <message>
        <source>Reading the activity log…</source>
        <translation>Reading the activity log…</translation>
    </message>
</context>
<context>
    <name>cp::ui::CaFileDialog</name>
    <message>
        <source>CA certificate of the server</source>
        <translation>CA certificate of the server</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>cp::ui::ConsentListModel</name>
    <message>
        <source>Revoked, waiting to send</source>
        <translation>Revoked, waiting to send</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>cp::ui::ConsentReceipt</name>
    <message>
        <source>Consent receipt</source>
        <translation>Consent receipt</translation>
    </message>
    <message>
        <source>Issued by Citizen Profile on %1 from the citizen&apos;s own archive.</source>
        <translation>Issued by Citizen Profile on %1 from the citizen&apos;s own archive.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Decided at:</source>
        <translation>Decided at:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>the citizen</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>INN:</source>
        <translation>INN:</translation>
    </message>
    <message>
        <source>OGRN:</source>
        <translation>OGRN:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Registered participant:</source>
        <translation>Registered participant:</translation>
    </message>
    <message>
        <source>yes, confirmed by the server</source>
        <translation>yes, confirmed by the server</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Request id:</translation>
    </message>
    <message>
        <source>Requested at:</source>
        <translation>Requested at:</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Answer by:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Processors:</source>
        <translation>Processors:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Operation:</translation>
    </message>
    <message>
        <source>Required level:</source>
        <translation>Required level:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Access:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>from %1 until %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Requested data:</source>
        <translation>Requested data:</translation>
    </message>
    <message>
        <source>Organisation&apos;s signature:</source>
        <translation>Organisation&apos;s signature:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consent id:</source>
        <translation>Consent id:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Granted at:</source>
        <translation>Granted at:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>Data granted:</source>
        <translation>Data granted:</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>A consent can be revoked at any time in Citizen Profile under Consents, Active. After revocation or expiry the organisation can fetch nothing.</source>
        <translation>A consent can be revoked at any time in Citizen Profile under Consents, Active. After revocation or expiry the organisation can fetch nothing.</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1: %2</source>
        <translation>The receipt could not be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>cp::ui::ConsentRequestDialog</name>
    <message>
        <source>Consent request from %1</source>
        <translation>Consent request from %1</translation>
    </message>
    <message>
        <source>%1 asks for your consent to receive data from your profile. Read everything below before you decide: nothing leaves your profile unless you grant it.</source>
        <translation>%1 asks for your consent to receive data from your profile. Read everything below before you decide: nothing leaves your profile unless you grant it.</translation>
    </message>
    <message>
        <source>Details of the request</source>
        <translation>Details of the request</translation>
    </message>
    <message>
        <source>I understand that this is a high-risk financial operation and that the organisation will receive the data listed above</source>
        <translation>I understand that this is a high-risk financial operation and that the organisation will receive the data listed above</translation>
    </message>
    <message>
        <source>Confirm the high-risk operation</source>
        <translation>Confirm the high-risk operation</translation>
    </message>
    <message>
        <source>Why you cannot grant this request</source>
        <translation>Why you cannot grant this request</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close without deciding</source>
        <translation>Close without deciding</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Deny</translation>
    </message>
    <message>
        <source>Deny the request</source>
        <translation>Deny the request</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Grant</translation>
    </message>
    <message>
        <source>Grant consent</source>
        <translation>Grant consent</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Who asks</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>INN:</source>
        <translation>INN:</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>OGRN:</source>
        <translation>OGRN:</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>OGRN</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Verified participant of the Digital Profile</source>
        <translation>Verified participant of the Digital Profile</translation>
    </message>
    <message>
        <source>Verified participant</source>
        <translation>Verified participant</translation>
    </message>
    <message>
        <source>The server does not confirm this organisation as a registered participant</source>
        <translation>The server does not confirm this organisation as a registered participant</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Who will process the data on its behalf</source>
        <translation>Who will process the data on its behalf</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>Processor:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Purpose code:</source>
        <translation>Purpose code:</translation>
    </message>
    <message>
        <source>Purpose code</source>
        <translation>Purpose code</translation>
    </message>
    <message>
        <source>It will:</source>
        <translation>It will:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>What data would leave your profile</source>
        <translation>What data would leave your profile</translation>
    </message>
    <message>
        <source>Required data is part of the request. You may untick optional data you do not want to give.</source>
        <translation>Required data is part of the request. You may untick optional data you do not want to give.</translation>
    </message>
    <message>
        <source>Give %1</source>
        <translation>Give %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Required or optional</source>
        <translation>Required or optional</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Monthly lines of income: %1</source>
        <translation>Monthly lines of income: %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Hide %1</translation>
    </message>
    <message>
        <source>Your profile holds no such record yet: nothing of this kind would leave now.</source>
        <translation>Your profile holds no such record yet: nothing of this kind would leave now.</translation>
    </message>
    <message>
        <source>No values</source>
        <translation>No values</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>For how long</translation>
    </message>
    <message>
        <source>Once: the organisation may fetch the data one time</source>
        <translation>Once: the organisation may fetch the data one time</translation>
    </message>
    <message>
        <source>Periodically: the organisation may fetch the data again while the consent lasts</source>
        <translation>Periodically: the organisation may fetch the data again while the consent lasts</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Access:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>from %1 until %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Requested:</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Answer by:</translation>
    </message>
    <message>
        <source>%1; without an answer the request expires</source>
        <translation>%1; without an answer the request expires</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>Revoking:</source>
        <translation>Revoking:</translation>
    </message>
    <message>
        <source>You can revoke the consent at any time under Consents, Active; after that the organisation can fetch nothing more.</source>
        <translation>You can revoke the consent at any time under Consents, Active; after that the organisation can fetch nothing more.</translation>
    </message>
    <message>
        <source>How to revoke</source>
        <translation>How to revoke</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>The organisation signed this request; the signature is kept as evidence.</source>
        <translation>The organisation signed this request; the signature is kept as evidence.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>The operation and your identification level</source>
        <translation>The operation and your identification level</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Operation:</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>It needs:</source>
        <translation>It needs:</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Required level</translation>
    </message>
    <message>
        <source>Your level:</source>
        <translation>Your level:</translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>not identified</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Your level</translation>
    </message>
    <message>
        <source>Your identification level is enough for this operation.</source>
        <translation>Your identification level is enough for this operation.</translation>
    </message>
    <message>
        <source>Whether your level suffices</source>
        <translation>Whether your level suffices</translation>
    </message>
    <message>
        <source>Tick the confirmation above first</source>
        <translation>Tick the confirmation above first</translation>
    </message>
    <message>
        <source>%1 will be able to carry out a high-risk financial operation (%2) with your data. Grant the consent?</source>
        <translation>%1 will be able to carry out a high-risk financial operation (%2) with your data. Grant the consent?</translation>
    </message>
    <message>
        <source>Confirm a high-risk operation</source>
        <translation>Confirm a high-risk operation</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Data that would leave your profile</source>
        <translation>Data that would leave your profile</translation>
    </message>
</context>
<context>
    <name>cp::ui::ConsentRequestListModel</name>
    <message>
        <source>Granted, waiting to send</source>
        <translation>Granted, waiting to send</translation>
    </message>
    <message>
        <source>Denied, waiting to send</source>
        <translation>Denied, waiting to send</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Waiting for your decision</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cp::ui::ConsentsView</name>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>&amp;Pending</translation>
    </message>
    <message>
        <source>You have no active consents: no organisation may fetch your data now.</source>
        <translation>You have no active consents: no organisation may fetch your data now.</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>Nothing has ended yet: revoked and expired consents and answered requests will appear here.</source>
        <translation>Nothing has ended yet: revoked and expired consents and answered requests will appear here.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Decisions waiting to send</source>
        <translation>Decisions waiting to send</translation>
    </message>
    <message>
        <source>Active consents</source>
        <translation>Active consents</translation>
    </message>
    <message>
        <source>History of consents and requests</source>
        <translation>History of consents and requests</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>Revoke the selected consent</source>
        <translation>Revoke the selected consent</translation>
    </message>
    <message>
        <source>&amp;Export receipt…</source>
        <translation>&amp;Export receipt…</translation>
    </message>
    <message>
        <source>Export the receipt of the selected consent</source>
        <translation>Export the receipt of the selected consent</translation>
    </message>
    <message>
        <source>E&amp;xport receipt…</source>
        <translation>E&amp;xport receipt…</translation>
    </message>
    <message>
        <source>Export the receipt of the selected entry</source>
        <translation>Export the receipt of the selected entry</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Columns: choose one to sort by it</translation>
    </message>
    <message>
        <source>No requests wait for your decision. When an organisation asks for your data, the request appears here.</source>
        <translation>No requests wait for your decision. When an organisation asks for your data, the request appears here.</translation>
    </message>
    <message>
        <source>Pending consent requests</source>
        <translation>Pending consent requests</translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation>&amp;Open request…</translation>
    </message>
    <message>
        <source>Open the selected request to decide</source>
        <translation>Open the selected request to decide</translation>
    </message>
    <message>
        <source>Decisions waiting to send: %1. They are sent as soon as the server can be reached.</source>
        <translation>Decisions waiting to send: %1. They are sent as soon as the server can be reached.</translation>
    </message>
    <message>
        <source>%1 will no longer be able to fetch your data under this consent (%2). This cannot be undone: to give the data again, the organisation has to ask anew. Revoke it?</source>
        <translation>%1 will no longer be able to fetch your data under this consent (%2). This cannot be undone: to give the data again, the organisation has to ask anew. Revoke it?</translation>
    </message>
    <message>
        <source>Revoke the consent</source>
        <translation>Revoke the consent</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>The archive is locked.</source>
        <translation>The archive is locked.</translation>
    </message>
    <message>
        <source>There is no consent or request %1 in the archive.</source>
        <translation>There is no consent or request %1 in the archive.</translation>
    </message>
    <message>
        <source>Export the receipt</source>
        <translation>Export the receipt</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Your decision was not saved</source>
        <translation>Your decision was not saved</translation>
    </message>
    <message>
        <source>Your decision could not be saved on this computer, so it was not sent. The disk may be full. Free some space and decide again.</source>
        <translation>Your decision could not be saved on this computer, so it was not sent. The disk may be full. Free some space and decide again.</translation>
    </message>
</context>
<context>
    <name>cp::ui::DocumentListModel</name>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Unknown issuer</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Available offline</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation>Not available offline</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No period</source>
        <translation>No period</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>cp::ui::DocumentOrderService</name>
    <message>
        <source>The issuing body could not prepare the document.</source>
        <translation>The issuing body could not prepare the document.</translation>
    </message>
    <message>
        <source>The file was added. It appears in the list after the next sync.</source>
        <translation>The file was added. It appears in the list after the next sync.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the connection and try again.</source>
        <translation>The server could not be reached. Check the connection and try again.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>The server&apos;s certificate is not trusted, so nothing was sent.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in and try again.</source>
        <translation>You are not signed in. Sign in and try again.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB.</source>
        <translation>The file is larger than 20 MiB.</translation>
    </message>
    <message>
        <source>The server did not accept this request. Only PDF, PNG and JPEG files can be added, and a year is needed for a 2-NDFL certificate.</source>
        <translation>The server did not accept this request. Only PDF, PNG and JPEG files can be added, and a year is needed for a 2-NDFL certificate.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a few minutes.</source>
        <translation>The server is busy. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>The server refused the request (error %1).</translation>
    </message>
    <message>
        <source>The request failed. Try again later.</source>
        <translation>The request failed. Try again later.</translation>
    </message>
</context>
<context>
    <name>cp::ui::DocumentViewer</name>
    <message>
        <source>Document viewer</source>
        <translation>Document viewer</translation>
    </message>
    <message>
        <source>Viewer status</source>
        <translation>Viewer status</translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation>Opening the document</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Fields of the XML document</source>
        <translation>Fields of the XML document</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Image document</source>
        <translation>Image document</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>The PDF could not be read.</translation>
    </message>
    <message>
        <source>Choose a document in the list and press Enter to open it.</source>
        <translation>Choose a document in the list and press Enter to open it.</translation>
    </message>
    <message>
        <source>The archive is locked. Unlock it to open documents.</source>
        <translation>The archive is locked. Unlock it to open documents.</translation>
    </message>
    <message>
        <source>Downloading the document from the server…</source>
        <translation>Downloading the document from the server…</translation>
    </message>
    <message>
        <source>The document could not be downloaded. Check the connection and try again.</source>
        <translation>The document could not be downloaded. Check the connection and try again.</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Opening the document…</translation>
    </message>
    <message>
        <source>The document could not be opened: its stored file is damaged or incomplete. Turn &quot;Keep offline&quot; off and on to download it again.</source>
        <translation>The document could not be opened: its stored file is damaged or incomplete. Turn &quot;Keep offline&quot; off and on to download it again.</translation>
    </message>
    <message>
        <source>The document could not be opened.</source>
        <translation>The document could not be opened.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. Export a copy to open it with another program.</source>
        <translation>This kind of file cannot be shown here. Export a copy to open it with another program.</translation>
    </message>
    <message>
        <source>Signature of the document</source>
        <translation>Signature of the document</translation>
    </message>
</context>
<context>
    <name>cp::ui::DocumentsView</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>O&amp;rder a document…</source>
        <translation>O&amp;rder a document…</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Add a file…</translation>
    </message>
    <message>
        <source>&amp;Keep offline</source>
        <translation>&amp;Keep offline</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>E&amp;xport a copy…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>Your orders</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Search documents:</source>
        <translation>&amp;Search documents:</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <source>Ki&amp;nd:</source>
        <translation>Ki&amp;nd:</translation>
    </message>
    <message>
        <source>Kind of document to show</source>
        <translation>Kind of document to show</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>Documents of the archive</source>
        <translation>Documents of the archive</translation>
    </message>
    <message>
        <source>Open the chosen document</source>
        <translation>Open the chosen document</translation>
    </message>
    <message>
        <source>Order a document</source>
        <translation>Order a document</translation>
    </message>
    <message>
        <source>Add a file of your own</source>
        <translation>Add a file of your own</translation>
    </message>
    <message>
        <source>Keep the chosen document offline</source>
        <translation>Keep the chosen document offline</translation>
    </message>
    <message>
        <source>When off, the file is removed from this computer to free space; it is downloaded again when you open it.</source>
        <translation>When off, the file is removed from this computer to free space; it is downloaded again when you open it.</translation>
    </message>
    <message>
        <source>Export a decrypted copy</source>
        <translation>Export a decrypted copy</translation>
    </message>
    <message>
        <source>Print the open document</source>
        <translation>Print the open document</translation>
    </message>
    <message>
        <source>Your orders and their state</source>
        <translation>Your orders and their state</translation>
    </message>
    <message>
        <source>Documents status</source>
        <translation>Documents status</translation>
    </message>
    <message>
        <source>The archive is locked. Unlock it to see your documents.</source>
        <translation>The archive is locked. Unlock it to see your documents.</translation>
    </message>
    <message>
        <source>There are no documents yet. Documents arrive with the next sync; you can also order one or add a file of your own.</source>
        <translation>There are no documents yet. Documents arrive with the next sync; you can also order one or add a file of your own.</translation>
    </message>
    <message>
        <source>No document matches the search.</source>
        <translation>No document matches the search.</translation>
    </message>
    <message>
        <source>This document is not stored on this computer. Press Open to download and show it.</source>
        <translation>This document is not stored on this computer. Press Open to download and show it.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>sending the order</source>
        <translation>sending the order</translation>
    </message>
    <message>
        <source>pending: the issuing body is preparing it</source>
        <translation>pending: the issuing body is preparing it</translation>
    </message>
    <message>
        <source>fulfilled: it is in your archive</source>
        <translation>fulfilled: it is in your archive</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The file was removed from this computer. It is downloaded again when you open it.</source>
        <translation>The file was removed from this computer. It is downloaded again when you open it.</translation>
    </message>
    <message>
        <source>The document is kept offline.</source>
        <translation>The document is kept offline.</translation>
    </message>
    <message>
        <source>Downloading the document to keep it offline…</source>
        <translation>Downloading the document to keep it offline…</translation>
    </message>
    <message>
        <source>The document could not be downloaded. Check the connection and try again.</source>
        <translation>The document could not be downloaded. Check the connection and try again.</translation>
    </message>
    <message>
        <source>The copy is not encrypted and leaves the protected archive: anyone who can read the folder you choose can read the document. Export it anyway?</source>
        <translation>The copy is not encrypted and leaves the protected archive: anyone who can read the folder you choose can read the document. Export it anyway?</translation>
    </message>
    <message>
        <source>Only a document stored on this computer can be exported. Turn on &quot;Keep offline&quot; first.</source>
        <translation>Only a document stored on this computer can be exported. Turn on &quot;Keep offline&quot; first.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The decrypted copy was saved. Keep it safe or delete it when you no longer need it.</source>
        <translation>The decrypted copy was saved. Keep it safe or delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>The copy could not be saved. Choose another folder.</source>
        <translation>The copy could not be saved. Choose another folder.</translation>
    </message>
    <message>
        <source>Open a PDF or an image to print it.</source>
        <translation>Open a PDF or an image to print it.</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <source>The document was sent to the printer.</source>
        <translation>The document was sent to the printer.</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>The document could not be printed.</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF and images (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB.</source>
        <translation>The file is larger than 20 MiB.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Only PDF, PNG and JPEG files can be added.</source>
        <translation>Only PDF, PNG and JPEG files can be added.</translation>
    </message>
    <message>
        <source>My file</source>
        <translation>My file</translation>
    </message>
    <message>
        <source>Sending the file…</source>
        <translation>Sending the file…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Close the document</translation>
    </message>
    <message>
        <source>Close the document (%1)</source>
        <translation>Close the document (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading your documents…</source>
        <translation>Reading your documents…</translation>
    </message>
</context>
<context>
    <name>cp::ui::ErrorText</name>
    <message>
        <source>The server address must start with https://. An unencrypted connection is never used.</source>
        <translation>The server address must start with https://. An unencrypted connection is never used.</translation>
    </message>
    <message>
        <source>The server settings cannot be used. Check the address and the CA file.</source>
        <translation>The server settings cannot be used. Check the address and the CA file.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Check that the CA file belongs to this server.</source>
        <translation>The server&apos;s certificate is not trusted. Check that the CA file belongs to this server.</translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one pinned in the settings. Do not continue unless the server&apos;s operator has announced a new key.</source>
        <translation>The server&apos;s key is not the one pinned in the settings. Do not continue unless the server&apos;s operator has announced a new key.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the connection.</source>
        <translation>The server cannot be reached. Check the address and the connection.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>The server did not answer in time. Try again later.</translation>
    </message>
    <message>
        <source>The sign-in has ended. Sign in again.</source>
        <translation>The sign-in has ended. Sign in again.</translation>
    </message>
    <message>
        <source>The server has a problem at the moment. Try again later.</source>
        <translation>The server has a problem at the moment. Try again later.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>The server refused the request (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>The passphrase is not correct.</translation>
    </message>
    <message>
        <source>The archive could not be written. The disk may be full.</source>
        <translation>The archive could not be written. The disk may be full.</translation>
    </message>
</context>
<context>
    <name>cp::ui::FieldFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1, code %2: %3</source>
        <translation>%1, code %2: %3</translation>
    </message>
</context>
<context>
    <name>cp::ui::FirstRunDialog</name>
    <message>
        <source>The CA file cannot be read.</source>
        <translation>The CA file cannot be read.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Checking the server…</translation>
    </message>
    <message>
        <source>Creating the encrypted archive on this computer…</source>
        <translation>Creating the encrypted archive on this computer…</translation>
    </message>
    <message>
        <source>The keychain of the system did not answer. Choose a passphrase for the archive.</source>
        <translation>The keychain of the system did not answer. Choose a passphrase for the archive.</translation>
    </message>
    <message>
        <source>The archive was not created. It is needed to keep the profile on this computer.</source>
        <translation>The archive was not created. It is needed to keep the profile on this computer.</translation>
    </message>
    <message>
        <source>The archive could not be created on this computer.</source>
        <translation>The archive could not be created on this computer.</translation>
    </message>
    <message>
        <source>Waiting for the browser. Sign in there, then come back here. If no browser window appeared, open this address:</source>
        <translation>Waiting for the browser. Sign in there, then come back here. If no browser window appeared, open this address:</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this address into a browser to sign in:</source>
        <translation>No browser could be opened. Copy this address into a browser to sign in:</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>The sign-in was cancelled.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser.</source>
        <translation>The sign-in was refused in the browser.</translation>
    </message>
    <message>
        <source>Welcome to Citizen Profile</source>
        <translation>Welcome to Citizen Profile</translation>
    </message>
    <message>
        <source>Choose the server</source>
        <translation>Choose the server</translation>
    </message>
    <message>
        <source>Your profile is kept by a profile server. Enter its address and, if its operator gave you one, the CA certificate to trust.</source>
        <translation>Your profile is kept by a profile server. Enter its address and, if its operator gave you one, the CA certificate to trust.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>The system&apos;s certificates</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choose the CA file</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Your encrypted archive</source>
        <translation>Your encrypted archive</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>You sign in on the server&apos;s page in your browser. This app never sees your password.</source>
        <translation>You sign in on the server&apos;s page in your browser. This app never sees your password.</translation>
    </message>
    <message>
        <source>&amp;Sign in in the browser</source>
        <translation>&amp;Sign in in the browser</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Sign in in the browser</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Sign-in address</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copy the sign-in address</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>&amp;Cancel sign-in</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancel sign-in</translation>
    </message>
</context>
<context>
    <name>cp::ui::MainWindow</name>
    <message>
        <source>The settings could not be read; the defaults are used.</source>
        <translation>The settings could not be read; the defaults are used.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Citizen Profile</source>
        <translation>Citizen Profile</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Search records, fields and documents</source>
        <translation>Search records, fields and documents</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Sync with the server (%1)</source>
        <translation>Sync with the server (%1)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the archive (%1)</source>
        <translation>Lock the archive (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Citizen Profile is not set up on this computer yet.</source>
        <translation>Citizen Profile is not set up on this computer yet.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Offline: showing the archive on this computer</source>
        <translation>Offline: showing the archive on this computer</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>&amp;Show the window</source>
        <translation>&amp;Show the window</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Consents (%1)</source>
        <translation>Consents (%1)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Pending requests: %1</source>
        <translation>Pending requests: %1</translation>
    </message>
    <message>
        <source>Not signed in: the archive on this computer is shown.</source>
        <translation>Not signed in: the archive on this computer is shown.</translation>
    </message>
    <message>
        <source>The keychain of your session did not give the key of the archive. Unlock the keychain, then try again.</source>
        <translation>The keychain of your session did not give the key of the archive. Unlock the keychain, then try again.</translation>
    </message>
    <message>
        <source>The archive could not be opened.</source>
        <translation>The archive could not be opened.</translation>
    </message>
    <message>
        <source>The archive was damaged and has been set aside; a full sync rebuilds it.</source>
        <translation>The archive was damaged and has been set aside; a full sync rebuilds it.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Showing the archive on this computer.</source>
        <translation>The server cannot be reached. Showing the archive on this computer.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>New consent request</source>
        <translation>New consent request</translation>
    </message>
    <message>
        <source>%1 asks for your consent.</source>
        <translation>%1 asks for your consent.</translation>
    </message>
    <message>
        <source>A record has changed</source>
        <translation>A record has changed</translation>
    </message>
    <message>
        <source>%1 was updated by its register.</source>
        <translation>%1 was updated by its register.</translation>
    </message>
    <message>
        <source>Ordered document arrived</source>
        <translation>Ordered document arrived</translation>
    </message>
    <message>
        <source>A document you ordered is in your archive.</source>
        <translation>A document you ordered is in your archive.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>The last sync failed</source>
        <translation>The last sync failed</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sync cancelled</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>All local data has been deleted.</source>
        <translation>All local data has been deleted.</translation>
    </message>
    <message>
        <source>Some local files could not be deleted.</source>
        <translation>Some local files could not be deleted.</translation>
    </message>
</context>
<context>
    <name>cp::ui::MissingPartPage</name>
    <message>
        <source>This part of the app is not built.</source>
        <translation>This part of the app is not built.</translation>
    </message>
</context>
<context>
    <name>cp::ui::OrderDocumentDialog</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Order a document</source>
        <translation>Order a document</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>Year of the certificate</source>
        <translation>Year of the certificate</translation>
    </message>
    <message>
        <source>The issuing body prepares the document; it appears in your archive with the next sync after that, usually within minutes.</source>
        <translation>The issuing body prepares the document; it appears in your archive with the next sync after that, usually within minutes.</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>Order the document</source>
        <translation>Order the document</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
</context>
<context>
    <name>cp::ui::PassphraseDialog</name>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>Fair. A longer passphrase would be stronger.</source>
        <translation>Fair. A longer passphrase would be stronger.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Passphrase of the archive</source>
        <translation>Passphrase of the archive</translation>
    </message>
    <message>
        <source>No keychain of the system answered, so the archive is protected by a passphrase. Nobody can recover it: if it is lost, the archive can only be downloaded again from the server.</source>
        <translation>No keychain of the system answered, so the archive is protected by a passphrase. Nobody can recover it: if it is lost, the archive can only be downloaded again from the server.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
</context>
<context>
    <name>cp::ui::ProfileView</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Records of the profile</source>
        <translation>Records of the profile</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>Clipboard countdown</translation>
    </message>
    <message>
        <source>Clear clipboard now</source>
        <translation>Clear clipboard now</translation>
    </message>
    <message>
        <source>The profile is locked. Unlock it to see your records.</source>
        <translation>The profile is locked. Unlock it to see your records.</translation>
    </message>
    <message>
        <source>No records yet: they arrive with the first sync.</source>
        <translation>No records yet: they arrive with the first sync.</translation>
    </message>
    <message>
        <source>No record or field matches “%1”.</source>
        <translation>No record or field matches “%1”.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 s.</source>
        <translation>Copied. The clipboard is cleared in %1 s.</translation>
    </message>
</context>
<context>
    <name>cp::ui::RecordCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>The register has sent nothing for this record yet.</source>
        <translation>The register has sent nothing for this record yet.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entry %1</translation>
    </message>
    <message>
        <source>Verified by the register</source>
        <translation>Verified by the register</translation>
    </message>
    <message>
        <source>Entered by the citizen, not verified by the register</source>
        <translation>Entered by the citizen, not verified by the register</translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation>%1 · updated %2</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>Check failed: %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>History of %1, entry %2</source>
        <translation>History of %1, entry %2</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
</context>
<context>
    <name>cp::ui::RecordHistoryDialog</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Every version the register sent. Choose a version to compare it with the one before.</source>
        <translation>Every version the register sent. Choose a version to compare it with the one before.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <source>Fields of the version</source>
        <translation>Fields of the version</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Show hidden values</source>
        <translation>Show hidden values</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, changed</translation>
    </message>
    <message>
        <source>The first version the register sent.</source>
        <translation>The first version the register sent.</translation>
    </message>
    <message>
        <source>No field changed in this version.</source>
        <translation>No field changed in this version.</translation>
    </message>
    <message>
        <source>Changed fields: %1</source>
        <translation>Changed fields: %1</translation>
    </message>
</context>
<context>
    <name>cp::ui::SensitiveValue</name>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Copies the value; the clipboard is cleared after a while</source>
        <translation>Copies the value; the clipboard is cleared after a while</translation>
    </message>
    <message>
        <source>%1, hidden</source>
        <translation>%1, hidden</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Hide %1</translation>
    </message>
</context>
<context>
    <name>cp::ui::SettingsView</name>
    <message>
        <source>The pin is the SHA-256 of the server&apos;s public key: 64 hexadecimal digits, or empty.</source>
        <translation>The pin is the SHA-256 of the server&apos;s public key: 64 hexadecimal digits, or empty.</translation>
    </message>
    <message>
        <source>The CA file cannot be read.</source>
        <translation>The CA file cannot be read.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Delete all local data</source>
        <translation>Delete all local data</translation>
    </message>
    <message>
        <source>Delete the archive, the downloaded documents, the keys and the settings from this computer? Your profile on the server stays; decisions not yet sent are lost.</source>
        <translation>Delete the archive, the downloaded documents, the keys and the settings from this computer? Your profile on the server stays; decisions not yet sent are lost.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Delete everything</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Key &amp;pin (SHA-256):</source>
        <translation>Key &amp;pin (SHA-256):</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocol:</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ync every:</translation>
    </message>
    <message>
        <source>&amp;Offline documents up to:</source>
        <translation>&amp;Offline documents up to:</translation>
    </message>
    <message>
        <source>Loc&amp;k after idle:</source>
        <translation>Loc&amp;k after idle:</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>Clear the &amp;clipboard after:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>The system&apos;s certificates</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choose the CA file</translation>
    </message>
    <message>
        <source>Key pin</source>
        <translation>Key pin</translation>
    </message>
    <message>
        <source>No pin</source>
        <translation>No pin</translation>
    </message>
    <message>
        <source>Use &amp;HTTP/2</source>
        <translation>Use &amp;HTTP/2</translation>
    </message>
    <message>
        <source>Use HTTP/2</source>
        <translation>Use HTTP/2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Only on demand</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Sync interval in minutes</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Nothing offline</source>
        <translation>Nothing offline</translation>
    </message>
    <message>
        <source>Offline size cap in MiB</source>
        <translation>Offline size cap in MiB</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Auto-lock after minutes idle</source>
        <translation>Auto-lock after minutes idle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clipboard clearing in seconds</source>
        <translation>Clipboard clearing in seconds</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>Sa&amp;ve settings</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Account and data</source>
        <translation>Account and data</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>Sign ou&amp;t</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>&amp;Delete all local data…</source>
        <translation>&amp;Delete all local data…</translation>
    </message>
</context>
<context>
    <name>cp::ui::SignaturePanel</name>
    <message>
        <source>Signature of the document</source>
        <translation>Signature of the document</translation>
    </message>
    <message>
        <source>Signature details</source>
        <translation>Signature details</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The signature is valid</source>
        <translation>The signature is valid</translation>
    </message>
    <message>
        <source>Signed by %1 on %2. The document has not been changed since it was signed.</source>
        <translation>Signed by %1 on %2. The document has not been changed since it was signed.</translation>
    </message>
    <message>
        <source>The signature is invalid</source>
        <translation>The signature is invalid</translation>
    </message>
    <message>
        <source>The document was changed after signing, or the signature does not belong to it. Do not rely on its contents.</source>
        <translation>The document was changed after signing, or the signature does not belong to it. Do not rely on its contents.</translation>
    </message>
    <message>
        <source>The signer is not known</source>
        <translation>The signer is not known</translation>
    </message>
    <message>
        <source>The document is signed by %1, but that certificate does not come from a trusted state authority.</source>
        <translation>The document is signed by %1, but that certificate does not come from a trusted state authority.</translation>
    </message>
    <message>
        <source>an unknown party</source>
        <translation>an unknown party</translation>
    </message>
    <message>
        <source>The signature has not been checked yet</source>
        <translation>The signature has not been checked yet</translation>
    </message>
    <message>
        <source>It is checked when the document is downloaded.</source>
        <translation>It is checked when the document is downloaded.</translation>
    </message>
    <message>
        <source>This file is not signed</source>
        <translation>This file is not signed</translation>
    </message>
    <message>
        <source>You added this file yourself; no authority has signed it.</source>
        <translation>You added this file yourself; no authority has signed it.</translation>
    </message>
    <message>
        <source>The issuing body did not sign this document.</source>
        <translation>The issuing body did not sign this document.</translation>
    </message>
</context>
<context>
    <name>cp::ui::UnlockPage</name>
    <message>
        <source>The archive is locked</source>
        <translation>The archive is locked</translation>
    </message>
    <message>
        <source>Enter the passphrase of the archive to see your profile.</source>
        <translation>Enter the passphrase of the archive to see your profile.</translation>
    </message>
    <message>
        <source>Your profile is unlocked with the keychain of your session.</source>
        <translation>Your profile is unlocked with the keychain of your session.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
</TS>
