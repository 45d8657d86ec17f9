<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>DocumentActions</name>
    <message numerus="yes">
        <location filename="../../ui/document_actions.py" line="115" />
        <source>Put back %n document(s) as they were.</source>
        <translation>
            <numerusform>Put back %n document as they were.</numerusform><numerusform>Put back %n documents as they were.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_actions.py" line="117" />
        <source>Marked %n document(s) as read (Edit &gt; Undo).</source>
        <translation>
            <numerusform>Marked %n document as read (Edit &gt; Undo).</numerusform><numerusform>Marked %n documents as read (Edit &gt; Undo).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_actions.py" line="119" />
        <source>Marked %n document(s) as unread (Edit &gt; Undo).</source>
        <translation>
            <numerusform>Marked %n document as unread (Edit &gt; Undo).</numerusform><numerusform>Marked %n documents as unread (Edit &gt; Undo).</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message numerus="yes">
        <location filename="../../ui/document_table.py" line="67" />
        <location filename="../../ui/item_models.py" line="236" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message numerus="yes">
        <location filename="../../ui/bundle_dialogs.py" line="116" />
        <source>Also let it change the %n document(s) listed above, which it did not bring</source>
        <translation>
            <numerusform>Also let it change the %n document listed above, which it did not bring</numerusform><numerusform>Also let it change the %n documents listed above, which it did not bring</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundle_dialogs.py" line="187" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundle_dialogs.py" line="189" />
        <source>It would also change %n document(s) it did not bring; importing leaves those as they are:</source>
        <translation>
            <numerusform>It would also change %n document it did not bring; importing leaves those as they are:</numerusform><numerusform>It would also change %n documents it did not bring; importing leaves those as they are:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundle_dialogs.py" line="244" />
        <source>Left %n document(s) it did not bring unchanged.</source>
        <translation>
            <numerusform>Left %n document it did not bring unchanged.</numerusform><numerusform>Left %n documents it did not bring unchanged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundle_dialogs.py" line="248" />
        <source>Changed %n document(s) it did not bring, as you allowed.</source>
        <translation>
            <numerusform>Changed %n document it did not bring, as you allowed.</numerusform><numerusform>Changed %n documents it did not bring, as you allowed.</numerusform></translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message numerus="yes">
        <location filename="../../ui/maintenance.py" line="79" />
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform><numerusform>%n problems found.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message numerus="yes">
        <location filename="../../ui/reader.py" line="156" />
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform><numerusform>%n min read</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="342" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="80" />
        <source>%n characters</source>
        <translation>
            <numerusform>%n characters</numerusform><numerusform>%n characters</numerusform></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message numerus="yes">
        <location filename="../../ui/present/share_dialog.py" line="182" />
        <source>Tonight's set: %1 (%n document(s))</source>
        <translation>
            <numerusform>Tonight's set: %1 (%n document)</numerusform><numerusform>Tonight's set: %1 (%n documents)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/present/share_dialog.py" line="302" />
        <source>Sharing %n document(s).</source>
        <translation>
            <numerusform>Sharing %n document.</numerusform><numerusform>Sharing %n documents.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/present/share_dialog.py" line="303" />
        <source>%n phone(s) connected.</source>
        <translation>
            <numerusform>%n phone connected.</numerusform><numerusform>%n phones connected.</numerusform></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message numerus="yes">
        <location filename="../../ui/present/sharing.py" line="186" />
        <source>Sharing · %n phone(s)</source>
        <translation>
            <numerusform>Sharing · %n phone</numerusform><numerusform>Sharing · %n phones</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <location filename="../../ui/status_line.py" line="117" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_line.py" line="119" />
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform><numerusform>%n unread</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_line.py" line="132" />
        <source>last synced %n day(s) ago</source>
        <translation>
            <numerusform>last synced %n day ago</numerusform><numerusform>last synced %n days ago</numerusform></translation>
    </message>
</context>
</TS>