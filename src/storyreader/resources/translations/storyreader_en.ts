<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>DocumentListModel</name>
    <message numerus="yes">
        <location filename="../../ui/item_models.py" line="234" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <location filename="../../ui/find_bar.py" line="69" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message numerus="yes">
        <location filename="../../ui/maintenance.py" line="77" />
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform><numerusform>%n problems found.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message numerus="yes">
        <location filename="../../ui/reader.py" line="103" />
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform><numerusform>%n min read</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="327" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <location filename="../../ui/status_line.py" line="103" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_line.py" line="105" />
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform><numerusform>%n unread</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_line.py" line="118" />
        <source>last synced %n day(s) ago</source>
        <translation>
            <numerusform>last synced %n day ago</numerusform><numerusform>last synced %n days ago</numerusform></translation>
    </message>
</context>
</TS>