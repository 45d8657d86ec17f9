<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="175"/>
        <source>About Story Reader</source>
        <translation>Story Reader 정보</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="176"/>
        <source>(not written)</source>
        <translation>(기록하지 않음)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="177"/>
        <source>Read, search and present stories and letters, offline.</source>
        <translation>이야기와 편지를 인터넷 연결 없이 읽고, 찾고, 발표합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="178"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>라이선스: GNU 일반 공중 사용 허가서 버전 3 이상.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="179"/>
        <source>Archive:</source>
        <translation>보관함:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="179"/>
        <source>Log file:</source>
        <translation>로그 파일:</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="95"/>
        <source>&amp;Import files…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="102"/>
        <source>Import a &amp;folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="108"/>
        <source>Import a &amp;bundle…</source>
        <translation>꾸러미 가져오기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="114"/>
        <source>E&amp;xport a bundle…</source>
        <translation>꾸러미 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="120"/>
        <source>&amp;Keys…</source>
        <translation>키(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="125"/>
        <source>&amp;Sources…</source>
        <translation>출처(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="132"/>
        <source>S&amp;ync now</source>
        <translation>지금 동기화(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="138"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="146"/>
        <source>Export as P&amp;DF…</source>
        <translation>PDF로 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="154"/>
        <source>Export &amp;notes and bookmarks…</source>
        <translation>메모와 책갈피 내보내기(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="163"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="170"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="177"/>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="182"/>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="185"/>
        <source>Find &amp;next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="191"/>
        <source>Find pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="197"/>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="205"/>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="212"/>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="219"/>
        <source>&amp;Actual size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="223"/>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="224"/>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="225"/>
        <source>&amp;Sepia</source>
        <translation>세피아(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="226"/>
        <source>Follow the s&amp;ystem</source>
        <translation>시스템 설정 따르기(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="229"/>
        <source>&amp;Bookmarks and notes</source>
        <translation>책갈피와 메모(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="236"/>
        <source>S&amp;helves and filters</source>
        <translation>책장과 필터(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="243"/>
        <source>&amp;Contents</source>
        <translation>목차(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="251"/>
        <source>&amp;Full-screen reading</source>
        <translation>전체 화면으로 읽기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="258"/>
        <source>Go to the &amp;shelves</source>
        <translation>책장으로 이동(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="264"/>
        <source>Go to the &amp;list</source>
        <translation>목록으로 이동(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="270"/>
        <source>Go to the &amp;page</source>
        <translation>본문으로 이동(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="277"/>
        <source>&amp;Next document</source>
        <translation>다음 문서(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="283"/>
        <source>&amp;Previous document</source>
        <translation>이전 문서(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="289"/>
        <source>&amp;Favourite</source>
        <translation>즐겨찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="298"/>
        <source>Mark as &amp;read</source>
        <translation>읽음으로 표시(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="307"/>
        <source>Mark &amp;all as read</source>
        <translation>모두 읽음으로 표시(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="312"/>
        <source>Mark all as &amp;unread</source>
        <translation>모두 읽지 않음으로 표시(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="317"/>
        <source>&amp;Bookmark this place</source>
        <translation>이 위치에 책갈피(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="325"/>
        <source>Add a &amp;note to the selection…</source>
        <translation>선택한 부분에 메모 추가(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="333"/>
        <source>Open the &amp;original online…</source>
        <translation>원문을 온라인으로 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="341"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="346"/>
        <source>&amp;About Story Reader</source>
        <translation>Story Reader 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="350"/>
        <source>&amp;Check and repair the archive…</source>
        <translation>보관함 검사와 복구(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="355"/>
        <source>&amp;Rebuild the search index</source>
        <translation>검색 색인 다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="361"/>
        <source>&amp;Sets for events</source>
        <translation>행사용 발표 목록(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="368"/>
        <source>&amp;Present a set…</source>
        <translation>발표 시작(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="374"/>
        <source>&amp;Rehearse a set…</source>
        <translation>발표 목록 리허설(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="380"/>
        <source>S&amp;hare with the room…</source>
        <translation>참석자와 공유(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="385"/>
        <source>&amp;Add to a set…</source>
        <translation>발표 목록에 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="400"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="420"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="424"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="439"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="445"/>
        <source>&amp;Document</source>
        <translation>문서(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="461"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="463"/>
        <source>&amp;Present</source>
        <translation>발표(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="475"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../ui/annotations.py" line="76"/>
        <source>Add a bookmark</source>
        <translation>책갈피 추가</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="82"/>
        <source>Bookmarked.</source>
        <translation>책갈피를 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="87"/>
        <source>Select the words the note is about first.</source>
        <translation>먼저 메모할 부분을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="92"/>
        <location filename="../../ui/annotations.py" line="107"/>
        <source>Add a note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="93"/>
        <location filename="../../ui/annotations.py" line="115"/>
        <source>Note on “%1”:</source>
        <translation>“%1”에 대한 메모:</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="117"/>
        <source>Edit the note</source>
        <translation>메모 고치기</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="121"/>
        <source>Edit a note</source>
        <translation>메모 고치기</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="130"/>
        <source>Delete a note</source>
        <translation>메모 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="137"/>
        <source>Delete a bookmark</source>
        <translation>책갈피 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="144"/>
        <source>Deleted. Undo with %1.</source>
        <translation>삭제했습니다. %1 키로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../archive/db.py" line="39"/>
        <source>it is on a read-only disk</source>
        <translation>읽기 전용 디스크에 있습니다</translation>
    </message>
    <message>
        <location filename="../../archive/db.py" line="41"/>
        <location filename="../../serve/child.py" line="41"/>
        <source>the file is read-only</source>
        <translation>파일이 읽기 전용입니다</translation>
    </message>
    <message>
        <location filename="../../archive/db.py" line="43"/>
        <source>its folder cannot be written to</source>
        <translation>폴더에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../archive/db.py" line="176"/>
        <source>The archive %1 is damaged or is not a Story Reader archive (SQLite says: %2). Run `storyreader --archive %1 check --repair` to repair it, or restore a backup.</source>
        <translation>아카이브 %1이(가) 손상되었거나 Story Reader 아카이브가 아닙니다(SQLite 메시지: %2). `storyreader --archive %1 check --repair`를 실행해 복구하거나 백업을 복원하세요.</translation>
    </message>
    <message>
        <location filename="../../archive/db.py" line="184"/>
        <source>The archive %1 is read-only (%2), so nothing in it can be changed: reading and searching work. To change it, copy it to a folder you can write to.</source>
        <translation>아카이브 %1은(는) 읽기 전용이라(%2) 아무것도 바꿀 수 없습니다. 읽기와 검색은 됩니다. 바꾸려면 쓸 수 있는 폴더에 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../archive/opening.py" line="26"/>
        <source>There is no archive at %1. Create one with `storyreader --archive %1 import FILES`.</source>
        <translation>%1에 보관함이 없습니다. `storyreader --archive %1 import FILES`로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../archive/opening.py" line="37"/>
        <source>Cannot create the folder for %1: %2.</source>
        <translation>%1의 폴더를 만들 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../archive/opening.py" line="43"/>
        <source>Cannot make an archive in %1: the folder cannot be written to.</source>
        <translation>%1에 아카이브를 만들 수 없습니다. 폴더에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../archive/opening.py" line="51"/>
        <source>%1 is a folder, not an archive file.</source>
        <translation>%1은(는) 보관함 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../../archive/migrate.py" line="33"/>
        <source>The archive %1 was written by a newer version of Story Reader (schema %2); this version reads schemas up to %3. Update Story Reader to open it; the archive was left untouched.</source>
        <translation>보관함 %1은(는) 더 새로운 버전의 Story Reader로 만들어졌습니다(스키마 %2). 이 버전은 스키마 %3까지만 읽을 수 있습니다. 열려면 Story Reader를 업데이트하세요. 보관함은 건드리지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../archive/migrate.py" line="73"/>
        <source>%1 is an SQLite file but not a Story Reader archive.</source>
        <translation>%1은(는) SQLite 파일이지만 Story Reader 보관함이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../archive/migrate.py" line="103"/>
        <source>The archive %1 is read-only (%2) and was made by an older Story Reader: it must be upgraded before it can be read, which changes it. Copy it to a folder you can write to and open the copy.</source>
        <translation>아카이브 %1은(는) 읽기 전용이고(%2) 이전 버전의 Story Reader로 만들어졌습니다. 읽으려면 먼저 업그레이드해야 하는데, 그러면 파일이 바뀝니다. 쓸 수 있는 폴더에 복사한 뒤 복사본을 여세요.</translation>
    </message>
    <message>
        <location filename="../../archive/migrate.py" line="141"/>
        <source>Migrating %1 would break %2 references; the archive was left as it was.</source>
        <translation>%1을(를) 변환하면 참조 %2개가 깨집니다. 보관함은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../archive/space.py" line="61"/>
        <source>The disk holding %1 is full: %2 free, and Story Reader needs about %3 free there for this. Free some space and try again.</source>
        <translation>%1이(가) 있는 디스크가 가득 찼습니다. 남은 공간은 %2이고, 이 작업에는 약 %3의 여유 공간이 필요합니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../archive/backup.py" line="104"/>
        <source>The backup %1 is damaged too; choose another one.</source>
        <translation>백업 %1도 손상되었습니다. 다른 백업을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../archive/backup.py" line="143"/>
        <source>The archive could not be repaired (SQLite says: %1); restore a backup.</source>
        <translation>보관함을 복구하지 못했습니다(SQLite 메시지: %1). 백업을 복원하세요.</translation>
    </message>
    <message>
        <location filename="../../archive/backup.py" line="152"/>
        <source>The archive could not be repaired; restore a backup.</source>
        <translation>보관함을 복구하지 못했습니다. 백업을 복원하세요.</translation>
    </message>
    <message>
        <location filename="../../archive/queries.py" line="168"/>
        <source>More than one document starts with %1; give more of the id.</source>
        <translation>%1(으)로 시작하는 문서가 여러 개입니다. ID를 더 길게 적으세요.</translation>
    </message>
    <message>
        <location filename="../../archive/reader_data.py" line="228"/>
        <source>That note no longer exists.</source>
        <translation>그 메모는 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../archive/reader_data.py" line="267"/>
        <source>A note can hold at most %1 characters.</source>
        <translation>메모는 %1자까지만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="32"/>
        <source>No document has the id %1.</source>
        <translation>ID가 %1인 문서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../ui/present/show_controller.py" line="55"/>
        <source>Story Reader — audience</source>
        <translation>Story Reader — 청중 화면</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_controller.py" line="56"/>
        <source>Audience screen</source>
        <translation>청중 화면</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../bundle/export.py" line="92"/>
        <source>%1 is a folder; give a file name such as events.storybundle.</source>
        <translation>%1은(는) 폴더입니다. events.storybundle 같은 파일 이름을 적으세요.</translation>
    </message>
    <message>
        <location filename="../../bundle/export.py" line="108"/>
        <source>This archive has no source named %1 (it has: %2).</source>
        <translation>이 보관함에는 %1(이)라는 출처가 없습니다(있는 출처: %2).</translation>
    </message>
    <message>
        <location filename="../../bundle/export.py" line="114"/>
        <source>This archive has no identity; run `storyreader check` on it.</source>
        <translation>이 보관함에는 식별 정보가 없습니다. `storyreader check`를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../bundle/export.py" line="155"/>
        <source>Cannot write the bundle %1: %2; nothing was exported.</source>
        <translation>꾸러미 %1을(를) 쓸 수 없습니다: %2. 아무것도 내보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/export.py" line="204"/>
        <source>This archive never exported a bundle number %1 (its last was bundle %2).</source>
        <translation>이 보관함은 %1번 꾸러미를 내보낸 적이 없습니다(마지막은 %2번 꾸러미입니다).</translation>
    </message>
    <message>
        <location filename="../../bundle/export.py" line="212"/>
        <source>This archive never exported a bundle number %1 (it has made none yet).</source>
        <translation>이 보관함은 %1번 꾸러미를 내보낸 적이 없습니다(아직 하나도 만들지 않았습니다).</translation>
    </message>
    <message>
        <location filename="../../bundle/export.py" line="280"/>
        <source>Writing documents</source>
        <translation>문서를 꾸러미에 담는 중</translation>
    </message>
    <message>
        <location filename="../../bundle/export.py" line="311"/>
        <source>Left out %1 (%2): its origin is not known.</source>
        <translation>%1(%2)은(는) 빼고 담았습니다: 원래 어디에서 왔는지 알 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/export.py" line="357"/>
        <source>Writing images</source>
        <translation>그림을 꾸러미에 담는 중</translation>
    </message>
    <message>
        <location filename="../../bundle/export.py" line="363"/>
        <source>The stored image %1… is damaged; run `storyreader check --repair`, then export again.</source>
        <translation>저장된 그림 %1…이(가) 손상되었습니다. `storyreader check --repair`를 실행한 뒤 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="173"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="178"/>
        <source>%1 is not a bundle file.</source>
        <translation>%1은(는) 꾸러미 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="183"/>
        <source>There is not enough free space beside the archive to copy %1 (%2 MB) before importing it.</source>
        <translation>가져오기 전에 %1(%2 MB)을(를) 복사할 여유 공간이 보관함 옆에 모자랍니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="196"/>
        <source>Copying %1</source>
        <translation>%1 복사하는 중</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="211"/>
        <source>Could not read %1 to the end (%2); was the stick removed? Nothing was imported.</source>
        <translation>%1을(를) 끝까지 읽지 못했습니다(%2). USB 메모리를 뽑았나요? 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="261"/>
        <source>The bundle&apos;s manifest declares %1 documents and withdrawals, more than the %2 a bundle may hold; nothing was read from it.</source>
        <translation>꾸러미 목록에 문서와 게시 중단이 %1개라고 적혀 있는데, 꾸러미에 담을 수 있는 %2개보다 많습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="278"/>
        <source>The bundle&apos;s files do not match its manifest (%1); it was changed or damaged after it was made. Nothing was imported.</source>
        <translation>꾸러미의 파일이 꾸러미 목록과 맞지 않습니다(%1). 만든 뒤에 바뀌었거나 손상되었습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="287"/>
        <source>The bundle has no documents file; nothing was imported.</source>
        <translation>꾸러미에 문서 파일이 없습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="293"/>
        <source>Checking the bundle</source>
        <translation>꾸러미를 검사하는 중</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="311"/>
        <source>Reading documents</source>
        <translation>문서를 읽는 중</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="320"/>
        <source>The bundle&apos;s document line %1 repeats a document that is already in the bundle.</source>
        <translation>꾸러미의 문서 %1번째 줄이 꾸러미에 이미 있는 문서를 되풀이합니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="334"/>
        <source>The bundle&apos;s document line %1 has an id that does not belong to its origin.</source>
        <translation>꾸러미의 문서 %1번째 줄의 ID가 그 문서의 출처와 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="343"/>
        <source>The bundle&apos;s document line %1 names a source its manifest does not list.</source>
        <translation>꾸러미의 문서 %1번째 줄이 꾸러미 목록에 없는 출처를 적고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="351"/>
        <source>The bundle&apos;s document line %1 repeats another document&apos;s key at its source.</source>
        <translation>꾸러미의 문서 %1번째 줄이 같은 출처에 있는 다른 문서의 키를 되풀이합니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="361"/>
        <source>The bundle&apos;s document line %1 uses an image the bundle does not hold.</source>
        <translation>꾸러미의 문서 %1번째 줄이 꾸러미에 없는 그림을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="374"/>
        <source>The bundle holds a different number of documents than its manifest says; nothing was imported.</source>
        <translation>꾸러미에 든 문서 수가 꾸러미 목록에 적힌 수와 다릅니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/verify.py" line="379"/>
        <source>%1 is larger than a bundle may be; nothing was read.</source>
        <translation>%1은(는) 꾸러미가 가질 수 있는 크기보다 큽니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/plan.py" line="116"/>
        <source>Comparing with the archive</source>
        <translation>보관함과 비교하는 중</translation>
    </message>
    <message>
        <location filename="../../bundle/plan.py" line="130"/>
        <source>This bundle was exported from this very archive; there is nothing to import.</source>
        <translation>이 꾸러미는 바로 이 보관함에서 내보낸 것입니다. 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/plan.py" line="149"/>
        <source>A different bundle with the same number (%1) was already imported from this publisher; this one was not made by the same archive history and was refused.</source>
        <translation>이 발행처에서 같은 번호(%1)의 다른 꾸러미를 이미 가져왔습니다. 이 꾸러미는 같은 보관함 이력에서 만들어진 것이 아니어서 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/plan.py" line="156"/>
        <source>This bundle (number %1, made %2 UTC) is older than bundle %3 already imported from the same publisher; importing it would bring back old versions, so it was refused.</source>
        <translation>이 꾸러미(%1번, %2 UTC에 만듦)는 같은 발행처에서 이미 가져온 %3번 꾸러미보다 오래되었습니다. 가져오면 옛 버전이 되살아나므로 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/plan.py" line="167"/>
        <source>This bundle holds only what changed since the publisher&apos;s bundle %1, and no bundle from this publisher was imported here before: documents that did not change are not in it.</source>
        <translation>이 꾸러미에는 발행처의 %1번 꾸러미 이후에 바뀐 것만 들어 있는데, 이 발행처의 꾸러미를 여기에 가져온 적이 없습니다. 바뀌지 않은 문서는 들어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/plan.py" line="176"/>
        <source>This bundle holds what changed since the publisher&apos;s bundle %1, but the last one imported here is %2: changes made in between are missing.</source>
        <translation>이 꾸러미에는 발행처의 %1번 꾸러미 이후에 바뀐 것이 들어 있지만, 여기에 마지막으로 가져온 것은 %2번입니다. 그 사이의 변경 사항이 빠져 있습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/plan.py" line="197"/>
        <source>Bundles from this publisher were signed by key %1 before; this one has no trusted signature, so it is counted apart from them: it cannot hold their later bundles back, and it changes none of the documents they brought.</source>
        <translation>이 발행처의 꾸러미는 전에 키 %1(으)로 서명되었습니다. 이 꾸러미에는 신뢰하는 서명이 없으므로 따로 셉니다. 그 꾸러미들의 이후 꾸러미를 막을 수 없고, 그 꾸러미들이 가져온 문서는 하나도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/plan.py" line="206"/>
        <source>Bundles from this publisher were signed by another key (%1) before; this one, signed by key %2, is counted apart from them.</source>
        <translation>이 발행처의 꾸러미는 전에 다른 키(%1)로 서명되었습니다. 키 %2(으)로 서명된 이 꾸러미는 따로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/plan.py" line="249"/>
        <source>The bundle&apos;s document %1 (%2) has the same key at source %3 as document %4 in this archive; nothing was imported.</source>
        <translation>꾸러미의 문서 %1(%2)이(가) 출처 %3에서 이 보관함의 문서 %4와(과) 같은 키를 가지고 있습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/plan.py" line="264"/>
        <source>This bundle is not signed, so nothing shows who made it or that it is unchanged; it was refused (use --allow-unsigned only if you know where it came from).</source>
        <translation>이 꾸러미는 서명되지 않아 누가 만들었는지, 바뀌지 않았는지 알 수 없어서 거부했습니다(어디에서 왔는지 아는 경우에만 --allow-unsigned를 쓰세요).</translation>
    </message>
    <message>
        <location filename="../../bundle/plan.py" line="270"/>
        <source>This bundle is signed by key %1, which this archive does not trust; trust the publisher&apos;s public key first with `storyreader keys trust FILE`.</source>
        <translation>이 꾸러미는 이 보관함이 신뢰하지 않는 키 %1(으)로 서명되었습니다. 먼저 `storyreader keys trust FILE`로 발행처의 공개 키를 신뢰하세요.</translation>
    </message>
    <message>
        <location filename="../../bundle/importer.py" line="105"/>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <location filename="../../bundle/document_lines.py" line="95"/>
        <source>document line %1</source>
        <translation>문서 %1번째 줄</translation>
    </message>
    <message>
        <location filename="../../bundle/document_lines.py" line="102"/>
        <source>The bundle&apos;s document line %1 has an id that is not a document id.</source>
        <translation>꾸러미의 문서 %1번째 줄의 ID가 문서 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/document_lines.py" line="113"/>
        <source>The bundle&apos;s document line %1 has an unknown status.</source>
        <translation>꾸러미의 문서 %1번째 줄의 상태를 알 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/document_lines.py" line="120"/>
        <source>The bundle&apos;s document line %1 names an image it cannot hold.</source>
        <translation>꾸러미의 문서 %1번째 줄이 담을 수 없는 그림을 적고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/document_lines.py" line="150"/>
        <source>The bundle&apos;s document line %1 has a kind or language that is not valid.</source>
        <translation>꾸러미의 문서 %1번째 줄의 종류나 언어가 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/document_lines.py" line="158"/>
        <source>The bundle&apos;s document line %1 has no title or no key at its source.</source>
        <translation>꾸러미의 문서 %1번째 줄에 제목이나 출처에서의 키가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/format.py" line="70"/>
        <source>The bundle&apos;s %2 is not valid JSON.</source>
        <translation>꾸러미의 %2이(가) 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/format.py" line="71"/>
        <source>The bundle&apos;s %2 is larger or more deeply nested than Story Reader ever writes it; nothing was imported.</source>
        <translation>꾸러미의 %2이(가) Story Reader가 쓰는 것보다 크거나 깊이 중첩되어 있습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/format.py" line="76"/>
        <source>In the bundle, %2 is not a JSON object.</source>
        <translation>꾸러미에서 %2이(가) JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/format.py" line="77"/>
        <source>In the bundle, %2 has no usable `%3`.</source>
        <translation>꾸러미에서 %2에 쓸 수 있는 `%3`이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/format.py" line="78"/>
        <source>In the bundle, %2 has %4 in `%3`; Story Reader never writes one, so the bundle was refused and nothing was imported.</source>
        <translation>꾸러미에서 %2의 `%3`에 %4이(가) 있습니다. Story Reader는 이런 것을 쓰지 않으므로 꾸러미를 거부했고 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/manifest.py" line="25"/>
        <source>the manifest</source>
        <translation>꾸러미 목록</translation>
    </message>
    <message>
        <location filename="../../bundle/manifest.py" line="89"/>
        <source>This file is not a Story Reader bundle (its manifest says so).</source>
        <translation>이 파일은 Story Reader 꾸러미가 아닙니다(꾸러미 목록에 그렇게 적혀 있습니다).</translation>
    </message>
    <message>
        <location filename="../../bundle/manifest.py" line="97"/>
        <source>This bundle uses format %1; this version of Story Reader reads format %2. Update Story Reader to import it.</source>
        <translation>이 꾸러미는 %1 형식입니다. 이 버전의 Story Reader는 %2 형식을 읽습니다. 가져오려면 Story Reader를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../bundle/manifest.py" line="109"/>
        <source>the manifest&apos;s entry for %1</source>
        <translation>꾸러미 목록의 %1 항목</translation>
    </message>
    <message>
        <location filename="../../bundle/manifest.py" line="129"/>
        <source>The bundle&apos;s manifest does not say which archive made it.</source>
        <translation>꾸러미 목록에 어느 보관함이 만들었는지 적혀 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/manifest.py" line="136"/>
        <source>The bundle&apos;s manifest names the same source twice.</source>
        <translation>꾸러미 목록에 같은 출처가 두 번 적혀 있습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/manifest.py" line="142"/>
        <source>a source in the manifest</source>
        <translation>꾸러미 목록의 출처</translation>
    </message>
    <message>
        <location filename="../../bundle/manifest.py" line="151"/>
        <source>A source in the bundle&apos;s manifest has no usable name or kind.</source>
        <translation>꾸러미 목록의 출처에 쓸 수 있는 이름이나 종류가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="41"/>
        <source>The bundle&apos;s table of contents is far too large; nothing was read.</source>
        <translation>꾸러미의 차례가 너무 큽니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="51"/>
        <source>The bundle holds %1 files, more than the %2 a bundle may hold; nothing was read from it.</source>
        <translation>꾸러미에 파일이 %1개 있는데, 꾸러미에 담을 수 있는 %2개보다 많습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="61"/>
        <source>The file is not a complete bundle: it may have been cut short while copying, or it is not a Story Reader bundle at all.</source>
        <translation>이 파일은 온전한 꾸러미가 아닙니다. 복사하다가 잘렸거나, Story Reader 꾸러미가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="94"/>
        <source>The bundle holds two files named %1; nothing was read.</source>
        <translation>꾸러미에 %1(이)라는 파일이 두 개 있습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="103"/>
        <source>The bundle&apos;s file %1 is encrypted; bundles never are.</source>
        <translation>꾸러미의 파일 %1이(가) 암호화되어 있습니다. 꾸러미는 암호화되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="111"/>
        <source>The bundle&apos;s file %1 is compressed in an unexpected way.</source>
        <translation>꾸러미의 파일 %1이(가) 예상하지 못한 방식으로 압축되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="119"/>
        <source>The bundle&apos;s file %1 would unpack to %2 bytes, more than a bundle may hold; nothing was read from it.</source>
        <translation>꾸러미의 파일 %1을(를) 풀면 %2바이트가 되어 꾸러미에 담을 수 있는 양보다 많습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="131"/>
        <source>The bundle&apos;s file %1 would unpack from %2 to %3 bytes (a zip bomb); nothing was read from it.</source>
        <translation>꾸러미의 파일 %1은(는) %2바이트에서 %3바이트로 풀립니다(압축 폭탄). 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="143"/>
        <source>The bundle would unpack to %1 bytes, more than a bundle may hold; nothing was read from it.</source>
        <translation>꾸러미를 풀면 %1바이트가 되어 꾸러미에 담을 수 있는 양보다 많습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="152"/>
        <source>The file has no bundle manifest; it is not a Story Reader bundle.</source>
        <translation>이 파일에는 꾸러미 목록이 없습니다. Story Reader 꾸러미가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="169"/>
        <source>The bundle holds a file with an unsafe path (%1); refused.</source>
        <translation>꾸러미에 경로가 안전하지 않은 파일(%1)이 있어 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="177"/>
        <source>The bundle holds a file bundles never hold (%1); refused.</source>
        <translation>꾸러미에 꾸러미가 담지 않는 파일(%1)이 있어 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="190"/>
        <source>The bundle holds a link (%1); refused.</source>
        <translation>꾸러미에 링크(%1)가 있어 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="195"/>
        <source>The bundle holds a folder, device or other special file (%1); refused.</source>
        <translation>꾸러미에 폴더, 장치 같은 특수 파일(%1)이 있어 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="223"/>
        <source>The bundle&apos;s file %1 is damaged or was changed after the bundle was made; nothing was imported.</source>
        <translation>꾸러미의 파일 %1이(가) 손상되었거나 꾸러미를 만든 뒤에 바뀌었습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="265"/>
        <source>A document in the bundle is larger than a document may be.</source>
        <translation>꾸러미의 문서 하나가 문서가 가질 수 있는 크기보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/safe_zip.py" line="272"/>
        <source>The bundle&apos;s documents file has an empty line, which bundles never have; nothing was imported.</source>
        <translation>꾸러미의 문서 파일에 빈 줄이 있습니다. 꾸러미에는 빈 줄이 없습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="96"/>
        <source>The bundle was signed by a different key.</source>
        <translation>꾸러미가 다른 키로 서명되었습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="112"/>
        <source>The bundle&apos;s manifest was changed after it was signed (its signature does not match); nothing was imported.</source>
        <translation>꾸러미 목록이 서명된 뒤에 바뀌었습니다(서명이 맞지 않습니다). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="143"/>
        <source>The bundle&apos;s signature file is damaged; nothing was imported.</source>
        <translation>꾸러미의 서명 파일이 손상되었습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ContentsPanel</name>
    <message>
        <location filename="../../ui/contents.py" line="69"/>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <location filename="../../ui/contents.py" line="79"/>
        <source>This document has no headings.</source>
        <translation>이 문서에는 소제목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../ui/document_actions.py" line="55"/>
        <source>Bookmarks and notes</source>
        <translation>책갈피와 메모</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="94"/>
        <source>Mark as read</source>
        <translation>읽음으로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="94"/>
        <source>Mark as unread</source>
        <translation>읽지 않음으로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="103"/>
        <source>There is nothing listed to mark.</source>
        <translation>표시할 문서가 목록에 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_actions.py" line="115"/>
        <source>Put back %n document(s) as they were.</source>
        <translation>
            <numerusform>문서 %n개를 원래대로 되돌렸습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_actions.py" line="117"/>
        <source>Marked %n document(s) as read (Edit &gt; Undo).</source>
        <translation>
            <numerusform>문서 %n개를 읽음으로 표시했습니다 (편집 &gt; 실행 취소로 되돌림).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_actions.py" line="119"/>
        <source>Marked %n document(s) as unread (Edit &gt; Undo).</source>
        <translation>
            <numerusform>문서 %n개를 읽지 않음으로 표시했습니다 (편집 &gt; 실행 취소로 되돌림).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="126"/>
        <source>Mark all as read</source>
        <translation>모두 읽음으로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="126"/>
        <source>Mark all as unread</source>
        <translation>모두 읽지 않음으로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="138"/>
        <source>Add to favourites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="138"/>
        <source>Remove from favourites</source>
        <translation>즐겨찾기에서 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="180"/>
        <source>Saved the notes and bookmarks to %1.</source>
        <translation>메모와 책갈피를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/document_actions.py" line="184"/>
        <source>There are no notes or bookmarks to export yet.</source>
        <translation>아직 내보낼 메모나 책갈피가 없습니다.</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../ui/item_models.py" line="164"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="164"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="164"/>
        <source>Author</source>
        <translation>글쓴이</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="164"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="165"/>
        <source>Reading time</source>
        <translation>읽는 시간</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="179"/>
        <source>unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="179"/>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_table.py" line="67"/>
        <location filename="../../ui/item_models.py" line="236"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <location filename="../../ui/document_table.py" line="121"/>
        <source>%1 (no room: widen the list)</source>
        <translation>%1 (자리가 없음: 목록을 넓히세요)</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="58"/>
        <location filename="../../ui/export_bundle_dialog.py" line="114"/>
        <source>Export a bundle</source>
        <translation>꾸러미 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="64"/>
        <source>events.storybundle</source>
        <translation>events.storybundle</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="65"/>
        <location filename="../../ui/export_bundle_dialog.py" line="83"/>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="67"/>
        <source>Everything</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="68"/>
        <source>Changes since bundle</source>
        <translation>이 꾸러미 이후 바뀐 것:</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="69"/>
        <source>Changes since</source>
        <translation>이 날짜 이후 바뀐 것:</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="78"/>
        <source>All sources</source>
        <translation>모든 출처</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="82"/>
        <source>a secret key file (leave empty: not signed)</source>
        <translation>비밀 키 파일 (비워 두면 서명하지 않음)</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="91"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="98"/>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="103"/>
        <source>What:</source>
        <translation>내보낼 내용:</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="104"/>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="105"/>
        <source>Sign &amp;with:</source>
        <translation>서명 키(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="114"/>
        <source>Story Reader bundles (*.storybundle)</source>
        <translation>Story Reader 꾸러미 (*.storybundle)</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="183"/>
        <source>not signed</source>
        <translation>서명되지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="121"/>
        <source>Sign with</source>
        <translation>서명에 쓸 비밀 키</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="121"/>
        <source>Secret keys (*.key);;All files (*)</source>
        <translation>비밀 키 (*.key);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="137"/>
        <source>Choose the file to write first.</source>
        <translation>먼저 저장할 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="181"/>
        <source>signed with key %1</source>
        <translation>서명 키 %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="187"/>
        <source>Wrote %1: bundle %2, %3 documents, %4 withdrawals, %5 pictures, %6.</source>
        <translation>%1에 저장했습니다: 꾸러미 %2, 문서 %3개, 게시 중단 %4개, 그림 %5개, %6.</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="203"/>
        <source>Stopped; no bundle was written.</source>
        <translation>멈췄습니다. 꾸러미는 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/export_bundle_dialog.py" line="209"/>
        <source>The bundle could not be written because of an unexpected error: %1</source>
        <translation>예상하지 못한 오류로 꾸러미를 만들지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="27"/>
        <source>Search words:</source>
        <translation>검색어:</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="29"/>
        <location filename="../../ui/find_bar.py" line="30"/>
        <source>Find in this document</source>
        <translation>이 문서에서 찾기</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="34"/>
        <source>Matches</source>
        <translation>찾은 곳</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="38"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 찾은 곳 (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="39"/>
        <source>Next match (Enter)</source>
        <translation>다음 찾은 곳 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="40"/>
        <source>Close the find bar (Esc)</source>
        <translation>찾기 막대 닫기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="130"/>
        <source>%1 of %2</source>
        <translation>%2개 중 %1번째</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="127"/>
        <source>No matches</source>
        <translation>일치하는 곳 없음</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <location filename="../../present/pdf.py" line="52"/>
        <source>Cannot write %1; is the folder there and writable?</source>
        <translation>%1에 쓸 수 없습니다. 폴더가 있는지, 쓰기가 허용되는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../present/pdf.py" line="149"/>
        <source>The printer cannot be used.</source>
        <translation>프린터를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../present/handout.py" line="218"/>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · %2 / %3쪽</translation>
    </message>
    <message>
        <location filename="../../present/handout.py" line="285"/>
        <source>Read these stories on your phone</source>
        <translation>휴대폰으로 이 이야기들을 읽어 보세요</translation>
    </message>
    <message>
        <location filename="../../present/handout.py" line="286"/>
        <source>On the room&apos;s Wi-Fi, point the phone&apos;s camera at the code, or open:</source>
        <translation>이 곳의 와이파이에 연결한 뒤 휴대폰 카메라로 코드를 비추거나, 다음 주소를 여세요:</translation>
    </message>
    <message>
        <location filename="../../present/handout.py" line="313"/>
        <source>Content warning:</source>
        <translation>내용 경고:</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../importing/local.py" line="58"/>
        <source>only Markdown, HTML and plain-text files can be imported</source>
        <translation>Markdown, HTML, 일반 텍스트 파일만 가져올 수 있음</translation>
    </message>
    <message>
        <location filename="../../importing/local.py" line="65"/>
        <source>there is no such file or folder</source>
        <translation>그런 파일이나 폴더가 없음</translation>
    </message>
    <message>
        <location filename="../../importing/local.py" line="121"/>
        <source>Skipped %1: %2.</source>
        <translation>%1을(를) 건너뛰었습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="57"/>
        <source>it is %1 MB, over the %2 MB limit for one document</source>
        <translation>%1 MB로, 문서 하나의 한도인 %2 MB를 넘음</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="64"/>
        <source>it cannot be read (%1)</source>
        <translation>읽을 수 없음(%1)</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="68"/>
        <source>it is empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="77"/>
        <source>it is not valid UTF-16 text</source>
        <translation>올바른 UTF-16 텍스트가 아님</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="79"/>
        <source>it is a binary file, not text</source>
        <translation>텍스트가 아닌 바이너리 파일임</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="84"/>
        <source>it is not UTF-8 text (undecodable byte at position %1); save it as UTF-8 and import it again</source>
        <translation>UTF-8 텍스트가 아님(%1번째 바이트를 읽을 수 없음). UTF-8로 저장한 뒤 다시 가져오세요</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="150"/>
        <source>its front matter is not valid YAML (line %1)</source>
        <translation>머리말이 올바른 YAML이 아님(%1번째 줄)</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="153"/>
        <source>its front matter is not valid YAML</source>
        <translation>머리말이 올바른 YAML이 아님</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="158"/>
        <source>its front matter is not a list of `key: value` lines</source>
        <translation>머리말이 `key: value` 줄의 목록이 아님</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="177"/>
        <source>its front matter field `%1` should be text</source>
        <translation>머리말의 `%1` 항목은 텍스트여야 함</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="190"/>
        <source>its kind %1 should be one word such as story or letter</source>
        <translation>종류 %1은(는) story나 letter 같은 한 낱말이어야 함</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="205"/>
        <source>its front matter field `tags` should be a list</source>
        <translation>머리말의 `tags` 항목은 목록이어야 함</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="214"/>
        <source>its language %1 is not a language code such as en or ko</source>
        <translation>언어 %1은(는) en이나 ko 같은 언어 코드가 아님</translation>
    </message>
    <message>
        <location filename="../../importing/parse.py" line="233"/>
        <source>its date %1 is not a date like 2019-06-14</source>
        <translation>날짜 %1은(는) 2019-06-14 같은 날짜가 아님</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="54"/>
        <source>Import a bundle</source>
        <translation>꾸러미 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="61"/>
        <source>Checking %1…</source>
        <translation>%1 파일을 검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="66"/>
        <source>I know where this bundle came from: import it without a trusted signature</source>
        <translation>이 꾸러미가 어디에서 왔는지 압니다. 신뢰하는 서명이 없어도 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="74"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundle_dialogs.py" line="116"/>
        <source>Also let it change the %n document(s) listed above, which it did not bring</source>
        <translation>
            <numerusform>위에 나열한, 이 꾸러미가 가져오지 않은 문서 %n개도 바꾸게 합니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="131"/>
        <source>%1 (key %2): trusted, signature valid</source>
        <translation>%1 (키 %2): 신뢰함, 서명이 올바름</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="137"/>
        <source>key %1, which this archive does &lt;b&gt;not&lt;/b&gt; trust</source>
        <translation>키 %1 — 이 보관함이 &lt;b&gt;신뢰하지 않는&lt;/b&gt; 키입니다</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="140"/>
        <source>nobody: this bundle is &lt;b&gt;not&lt;/b&gt; signed</source>
        <translation>없음 — 이 꾸러미에는 서명이 &lt;b&gt;없습니다&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="141"/>
        <source>everything</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="141"/>
        <source>changes only</source>
        <translation>바뀐 것만</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="144"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="145"/>
        <source>Bundle</source>
        <translation>꾸러미</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="146"/>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="148"/>
        <source>Holds</source>
        <translation>담긴 내용</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="150"/>
        <source>%1 documents, %2 withdrawals, %3 pictures</source>
        <translation>문서 %1개, 게시 중단 %2개, 그림 %3개</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="157"/>
        <source>Importing</source>
        <translation>가져오면</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="159"/>
        <source>adds %1, updates %2, withdraws %3, leaves %4 as they are</source>
        <translation>%1개 추가, %2개 갱신, %3개 게시 중단, %4개는 그대로 둠</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="171"/>
        <source>This bundle was already imported; importing it changes nothing.</source>
        <translation>이미 가져온 꾸러미입니다. 다시 가져와도 바뀌는 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="179"/>
        <source>update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="179"/>
        <source>withdraw</source>
        <translation>게시 중단</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundle_dialogs.py" line="187"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 그 밖에 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundle_dialogs.py" line="189"/>
        <source>It would also change %n document(s) it did not bring; importing leaves those as they are:</source>
        <translation>
            <numerusform>이 꾸러미는 자신이 가져오지 않은 문서 %n개도 바꾸려 합니다. 가져오기는 이 문서들을 그대로 둡니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="236"/>
        <source>This bundle was already imported; nothing changed.</source>
        <translation>이미 가져온 꾸러미입니다. 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="239"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 withdrawn.</source>
        <translation>가져왔습니다: 새 문서 %1개, 갱신 %2개, 변경 없음 %3개, 게시 중단 %4개.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundle_dialogs.py" line="244"/>
        <source>Left %n document(s) it did not bring unchanged.</source>
        <translation>
            <numerusform>이 꾸러미가 가져오지 않은 문서 %n개는 바꾸지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundle_dialogs.py" line="248"/>
        <source>Changed %n document(s) it did not bring, as you allowed.</source>
        <translation>
            <numerusform>허용하신 대로, 이 꾸러미가 가져오지 않은 문서 %n개도 바꾸었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="263"/>
        <source>Stopped; nothing after the last completed batch was changed.</source>
        <translation>멈췄습니다. 마지막으로 끝난 묶음 이후로는 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_dialogs.py" line="268"/>
        <source>The bundle could not be used because of an unexpected error: %1</source>
        <translation>예상하지 못한 오류로 꾸러미를 사용할 수 없었습니다: %1</translation>
    </message>
</context>
<context>
    <name>IndexKeeper</name>
    <message>
        <location filename="../../ui/index_keeper.py" line="52"/>
        <source>Updating the search index</source>
        <translation>검색 색인을 갱신하는 중</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../ui/present/set_items.py" line="30"/>
        <source>Story</source>
        <translation>이야기</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_items.py" line="30"/>
        <source>About</source>
        <translation>예상</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_items.py" line="30"/>
        <source>Rehearsed</source>
        <translation>리허설</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_items.py" line="36"/>
        <source>Read aloud at the set&apos;s speaking rate</source>
        <translation>발표 목록의 낭독 속도로 읽었을 때 걸리는 시간</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_items.py" line="37"/>
        <source>How long it took in your last rehearsal</source>
        <translation>지난 리허설에서 걸린 시간</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_items.py" line="151"/>
        <source>Content warning: %1</source>
        <translation>내용 경고: %1</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_items.py" line="156"/>
        <source>Text size: %1%</source>
        <translation>글자 크기: %1%</translation>
    </message>
</context>
<context>
    <name>KeyForms</name>
    <message>
        <location filename="../../ui/key_forms.py" line="46"/>
        <source>Export without a signature?</source>
        <translation>서명 없이 내보낼까요?</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="47"/>
        <source>This bundle will not be signed.</source>
        <translation>이 꾸러미에는 서명이 들어가지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="49"/>
        <source>The laptops that import it will refuse it, unless someone there says they know where it came from. Make a signing key in File &gt; Keys, and your bundles are signed with it.</source>
        <translation>이 꾸러미를 가져오는 노트북은, 그곳 사람이 출처를 안다고 확인하지 않는 한 가져오기를 거부합니다. 파일 &gt; 키에서 서명 키를 만들면 꾸러미에 그 키로 서명합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="57"/>
        <source>Export unsigned</source>
        <translation>서명 없이 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="72"/>
        <source>Passphrase</source>
        <translation>암호문</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="74"/>
        <source>The passphrase of the signing key %1:</source>
        <translation>서명 키 %1의 암호문:</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../bundle/sign.py" line="88"/>
        <source>This is not a minisign or Story Reader public key.</source>
        <translation>minisign이나 Story Reader의 공개 키가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="215"/>
        <source>This is not a minisign or Story Reader secret key.</source>
        <translation>minisign이나 Story Reader의 비밀 키가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="222"/>
        <source>This secret key is protected by a passphrase.</source>
        <translation>이 비밀 키는 암호문으로 보호되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="230"/>
        <source>This secret key is protected in a way Story Reader cannot read.</source>
        <translation>이 비밀 키는 Story Reader가 읽을 수 없는 방식으로 보호되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="238"/>
        <source>The passphrase is not right for this secret key.</source>
        <translation>이 비밀 키의 암호문이 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="243"/>
        <source>This secret key file is damaged (its checksum does not match).</source>
        <translation>이 비밀 키 파일이 손상되었습니다(체크섬이 맞지 않습니다).</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="250"/>
        <source>This secret key file is damaged (its two halves do not match).</source>
        <translation>이 비밀 키 파일이 손상되었습니다(두 부분이 서로 맞지 않습니다).</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="279"/>
        <source>This secret key asks for more memory to unlock than a key should.</source>
        <translation>이 비밀 키는 여는 데 보통보다 훨씬 많은 메모리를 요구합니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="295"/>
        <source>There is not enough memory to unlock this secret key.</source>
        <translation>이 비밀 키를 열 메모리가 부족합니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="303"/>
        <location filename="../../bundle/sign.py" line="313"/>
        <source>This is not a minisign or Story Reader key file.</source>
        <translation>minisign이나 Story Reader의 키 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="329"/>
        <source>Name the secret key file, not the .pub one (for example events.key).</source>
        <translation>.pub 파일이 아니라 비밀 키 파일을 지정하세요(예: events.key).</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="337"/>
        <source>%1 already exists; choose another name or move it aside.</source>
        <translation>%1이(가) 이미 있습니다. 다른 이름을 고르거나 그 파일을 옮기세요.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="351"/>
        <source>Cannot write the key files: %1 (%2).</source>
        <translation>키 파일을 쓸 수 없습니다: %1(%2).</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="376"/>
        <source>Cannot make the folder for keys: %1 (%2).</source>
        <translation>키를 둘 폴더를 만들 수 없습니다: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="390"/>
        <source>Cannot read the key file %1: %2.</source>
        <translation>키 파일 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="394"/>
        <source>%1 is not a key file (it is far too large).</source>
        <translation>%1은(는) 키 파일이 아닙니다(너무 큽니다).</translation>
    </message>
    <message>
        <location filename="../../bundle/sign.py" line="399"/>
        <source>%1 is not a key file.</source>
        <translation>%1은(는) 키 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../bundle/trust.py" line="38"/>
        <source>Give the key a name, such as the publisher&apos;s.</source>
        <translation>키에 발행처 이름 같은 이름을 붙이세요.</translation>
    </message>
    <message>
        <location filename="../../bundle/trust.py" line="48"/>
        <source>This archive already trusts a key named &apos;%1&apos; (key %2); remove it first to replace it.</source>
        <translation>이 보관함은 이미 &apos;%1&apos;(이)라는 키(키 %2)를 신뢰합니다. 바꾸려면 먼저 그 키를 빼세요.</translation>
    </message>
    <message>
        <location filename="../../bundle/trust.py" line="90"/>
        <source>This archive trusts no key named &apos;%1&apos;.</source>
        <translation>이 보관함이 신뢰하는 키 가운데 &apos;%1&apos;(이)라는 키는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../cli/bundle.py" line="150"/>
        <source>This secret key is protected by a passphrase: run the command in a terminal to type it.</source>
        <translation>이 비밀 키는 암호문으로 보호되어 있습니다. 암호문을 입력하려면 터미널에서 명령을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../cli/bundle.py" line="302"/>
        <source>The two passphrases differ; no key was made.</source>
        <translation>두 암호문이 다릅니다. 키를 만들지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../ui/keys_dialog.py" line="59"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="79"/>
        <source>Your signing key</source>
        <translation>내 서명 키</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="83"/>
        <location filename="../../ui/keys_dialog.py" line="155"/>
        <source>&amp;Make a key…</source>
        <translation>키 만들기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="84"/>
        <source>&amp;Use a key file…</source>
        <translation>키 파일 사용(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="85"/>
        <source>&amp;Copy the public key</source>
        <translation>공개 키 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="86"/>
        <source>&amp;Save the public key…</source>
        <translation>공개 키 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="98"/>
        <source>Publishers this archive trusts</source>
        <translation>이 보관함이 신뢰하는 발행처</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="101"/>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="101"/>
        <location filename="../../ui/keys_dialog.py" line="147"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="101"/>
        <location filename="../../ui/keys_dialog.py" line="148"/>
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="101"/>
        <source>Trusted since</source>
        <translation>신뢰한 날</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="104"/>
        <source>Trusted publishers&apos; keys</source>
        <translation>신뢰하는 발행처의 키</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="107"/>
        <source>This archive trusts no publisher yet, so it imports only bundles you say you know. Trust the public key a publisher gives you, and their bundles import.</source>
        <translation>이 보관함은 아직 신뢰하는 발행처가 없어서, 출처를 안다고 확인한 꾸러미만 가져옵니다. 발행처가 준 공개 키를 신뢰하면 그 발행처의 꾸러미를 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="111"/>
        <source>&amp;Trust a key…</source>
        <translation>키 신뢰하기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="112"/>
        <source>&amp;Remove</source>
        <translation>빼기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="133"/>
        <source>You have no signing key yet. Make one, and the bundles you export are signed with it: the laptops that trust it then know the bundles come from you, unchanged.</source>
        <translation>아직 서명 키가 없습니다. 키를 만들면 내보내는 꾸러미에 그 키로 서명합니다. 그 키를 신뢰하는 노트북은 꾸러미가 바뀌지 않은 채 나에게서 왔음을 알 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="140"/>
        <source>The key file %1 cannot be read; make a key, or choose another file.</source>
        <translation>키 파일 %1을(를) 읽을 수 없습니다. 키를 만들거나 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="149"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="155"/>
        <source>&amp;Make a new key…</source>
        <translation>새 키 만들기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="176"/>
        <source>Your new key %1 signs the bundles you export. Give its public key to the laptops that import them.</source>
        <translation>새 키 %1(으)로 내보내는 꾸러미에 서명합니다. 꾸러미를 가져올 노트북에 이 키의 공개 키를 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="185"/>
        <source>Your secret key</source>
        <translation>내 비밀 키</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="185"/>
        <source>Secret keys (*.key);;All files (*)</source>
        <translation>비밀 키 (*.key);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="201"/>
        <source>Copied. Paste it into a message to the people whose laptops import your bundles; they trust it in File &gt; Keys.</source>
        <translation>복사했습니다. 내 꾸러미를 가져올 노트북의 사람들에게 보내는 메시지에 붙여 넣으세요. 그들은 파일 &gt; 키에서 이 키를 신뢰하면 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="212"/>
        <source>Save the public key</source>
        <translation>공개 키 저장</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="214"/>
        <source>Public keys (*.pub)</source>
        <translation>공개 키 (*.pub)</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="225"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1을(를) 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="227"/>
        <source>Saved the public key as %1.</source>
        <translation>공개 키를 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="260"/>
        <source>Bundles signed by %1 now import here.</source>
        <translation>이제 %1이(가) 서명한 꾸러미를 이 보관함에 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="274"/>
        <source>Stop trusting this key?</source>
        <translation>이 키를 더는 신뢰하지 않을까요?</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="276"/>
        <source>Bundles signed by %1 will be refused until you trust the key again.</source>
        <translation>이 키를 다시 신뢰할 때까지 %1이(가) 서명한 꾸러미는 거부됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="289"/>
        <source>%1 is no longer trusted.</source>
        <translation>이제 %1을(를) 신뢰하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../ui/item_models.py" line="40"/>
        <source>Story</source>
        <translation>이야기</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="41"/>
        <source>Letter</source>
        <translation>편지</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="42"/>
        <source>Update</source>
        <translation>소식</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="43"/>
        <source>Call to action</source>
        <translation>행동 요청</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../ui/library_pane.py" line="85"/>
        <source>Search stories, letters and appeals (Ctrl+K)</source>
        <translation>이야기, 편지, 호소문 검색 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="86"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="99"/>
        <source>Library shelves and filters</source>
        <translation>서재 책장과 필터</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="107"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="311"/>
        <source>Nothing unread. New stories from a sync or a bundle wait here until you have read them to the end.</source>
        <translation>읽지 않은 문서가 없습니다. 동기화나 꾸러미로 새로 들어온 이야기는 끝까지 읽을 때까지 여기에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="316"/>
        <source>No favourites yet. Mark a story with the star above the page (Document &gt; Favourite) to keep it here.</source>
        <translation>아직 즐겨찾기가 없습니다. 본문 위의 별(문서 &gt; 즐겨찾기)로 표시한 이야기가 여기에 모입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="321"/>
        <source>Nothing read yet. The stories you open are listed here, the latest first, so that you can go back to them.</source>
        <translation>아직 읽은 문서가 없습니다. 연 이야기가 가장 최근 것부터 여기에 나오므로 다시 찾아갈 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="326"/>
        <source>No documents yet. Import files (File &gt; Import files), sync a web source (File &gt; Sources) or import a bundle from a USB stick (File &gt; Import a bundle).</source>
        <translation>아직 문서가 없습니다. 파일을 가져오거나(파일 &gt; 파일 가져오기), 웹 출처를 동기화하거나(파일 &gt; 출처), USB 메모리의 꾸러미를 가져오세요(파일 &gt; 꾸러미 가져오기).</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="329"/>
        <source>No documents here.</source>
        <translation>여기에는 문서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="362"/>
        <source>Opening the search index…</source>
        <translation>검색 색인을 여는 중…</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../ui/dialogs.py" line="43"/>
        <source>Open in your browser?</source>
        <translation>브라우저에서 열까요?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="45"/>
        <source>This link leaves Story Reader and needs a connection:</source>
        <translation>이 링크는 Story Reader 밖으로 나가며 인터넷 연결이 필요합니다:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Story Reader — %1</source>
        <translation>Story Reader — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../../ui/maintenance.py" line="44"/>
        <source>Rebuilding the search index</source>
        <translation>검색 색인을 다시 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="46"/>
        <source>The search index is rebuilt.</source>
        <translation>검색 색인을 다시 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="52"/>
        <location filename="../../ui/maintenance.py" line="61"/>
        <source>Checking the archive</source>
        <translation>보관함을 검사하는 중</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="72"/>
        <location filename="../../ui/maintenance.py" line="78"/>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="73"/>
        <source>The archive and its search index are sound.</source>
        <translation>보관함과 검색 색인에 문제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance.py" line="79"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>문제 %n개를 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="81"/>
        <source>Repair</source>
        <translation>복구</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="86"/>
        <source>Repairing</source>
        <translation>복구하는 중</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="92"/>
        <source>Repaired.</source>
        <translation>복구했습니다.</translation>
    </message>
</context>
<context>
    <name>MakeKeyDialog</name>
    <message>
        <location filename="../../ui/key_forms.py" line="107"/>
        <source>Make a signing key</source>
        <translation>서명 키 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="110"/>
        <source>Events team</source>
        <translation>행사팀</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="117"/>
        <source>The name tells the laptops that import your bundles who signed them. A passphrase is optional: with one, the key signs nothing until it is typed; without one, anyone who copies the key&apos;s file can sign as you.</source>
        <translation>이름은 꾸러미를 가져오는 노트북에 누가 서명했는지 알려 줍니다. 암호문은 넣지 않아도 됩니다. 암호문이 있으면 그것을 입력해야만 서명할 수 있고, 없으면 키 파일을 복사한 사람 누구나 나로서 서명할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="128"/>
        <source>&amp;Make the key</source>
        <translation>키 만들기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="132"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="133"/>
        <source>&amp;Passphrase:</source>
        <translation>암호문(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="134"/>
        <source>&amp;Again:</source>
        <translation>한 번 더(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="143"/>
        <source>Give the key a name, such as your team&apos;s.</source>
        <translation>팀 이름 같은 이름을 키에 붙여 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="145"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>두 암호문이 다릅니다. 같은 암호문을 두 번 입력하세요.</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <location filename="../../archive/notes_export.py" line="30"/>
        <source>Bookmarks</source>
        <translation>책갈피</translation>
    </message>
    <message>
        <location filename="../../archive/notes_export.py" line="34"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../archive/notes_export.py" line="38"/>
        <source>Notes and bookmarks</source>
        <translation>메모와 책갈피</translation>
    </message>
    <message>
        <location filename="../../archive/notes_export.py" line="42"/>
        <source>Exported from Story Reader on %1.</source>
        <translation>%1에 Story Reader에서 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../archive/notes_export.py" line="51"/>
        <source>At %1%</source>
        <translation>%1% 지점</translation>
    </message>
    <message>
        <location filename="../../archive/notes_export.py" line="55"/>
        <source>The document has changed since this note was written.</source>
        <translation>이 메모를 쓴 뒤로 문서가 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../../archive/notes_export.py" line="59"/>
        <source>There are no notes or bookmarks to export.</source>
        <translation>내보낼 메모나 책갈피가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../archive/notes_export.py" line="161"/>
        <source>Notes export as %1, not “%2”.</source>
        <translation>메모는 “%2”이(가) 아니라 %1 형식으로 내보냅니다.</translation>
    </message>
    <message>
        <location filename="../../archive/notes_export.py" line="177"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>NotesExportDialog</name>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="30"/>
        <source>Export notes and bookmarks</source>
        <translation>메모와 책갈피 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="33"/>
        <source>This document: “%1”</source>
        <translation>이 문서: “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="35"/>
        <source>This document</source>
        <translation>이 문서</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="38"/>
        <source>All documents with notes or bookmarks</source>
        <translation>메모나 책갈피가 있는 모든 문서</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="40"/>
        <source>Markdown (.md), for any text editor</source>
        <translation>마크다운(.md): 어느 텍스트 편집기에서나</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="41"/>
        <source>Web page (.html), for any browser</source>
        <translation>웹 페이지(.html): 어느 브라우저에서나</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="49"/>
        <source>Save as</source>
        <translation>저장할 파일</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="51"/>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="64"/>
        <source>Export:</source>
        <translation>내보낼 것:</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="65"/>
        <source>As:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="66"/>
        <source>Save as:</source>
        <translation>저장할 파일:</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="69"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="95"/>
        <source>Notes on %1</source>
        <translation>%1 메모</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="97"/>
        <source>Notes and bookmarks</source>
        <translation>메모와 책갈피</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="104"/>
        <source>Save the notes as</source>
        <translation>메모를 저장할 파일</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="106"/>
        <source>Web pages (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/notes_export_dialog.py" line="106"/>
        <source>Markdown (*.md)</source>
        <translation>마크다운 (*.md)</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../ui/notes_panel.py" line="58"/>
        <source>Bookmark at %1%</source>
        <translation>%1% 위치의 책갈피</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="63"/>
        <source>(the document has changed since this note was written)</source>
        <translation>(이 메모를 쓴 뒤 문서가 바뀌었습니다)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/notes_panel.py" line="77"/>
        <source>Bookmarks and notes</source>
        <translation>책갈피와 메모</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="85"/>
        <source>Select text and choose “Add a note” (Ctrl+Shift+N), or bookmark your place (Ctrl+D).</source>
        <translation>글을 선택한 뒤 “메모 추가”(Ctrl+Shift+N)를 고르거나, 읽던 곳에 책갈피를 하세요(Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="90"/>
        <source>Edit…</source>
        <translation>고치기…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="91"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../ui/present/console.py" line="46"/>
        <source>Presenter console — %1</source>
        <translation>발표자 화면 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="46"/>
        <source>Rehearsal — %1</source>
        <translation>리허설 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="48"/>
        <source>Presenter console</source>
        <translation>발표자 화면</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="50"/>
        <source>The slide the audience sees</source>
        <translation>청중이 보는 슬라이드</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="57"/>
        <source>The next slide</source>
        <translation>다음 슬라이드</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="73"/>
        <source>Phone as clicker</source>
        <translation>휴대폰 리모컨</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="92"/>
        <source>Presenter notes</source>
        <translation>발표자 메모</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="98"/>
        <source>The set: click a story to go to it</source>
        <translation>발표 목록: 이야기를 누르면 그 이야기로 갑니다</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="137"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="138"/>
        <location filename="../../ui/present/console.py" line="150"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="139"/>
        <source>Black (B)</source>
        <translation>검은 화면 (B)</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="140"/>
        <source>Logo (W)</source>
        <translation>로고 (W)</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="141"/>
        <source>QR code (Q)</source>
        <translation>QR 코드 (Q)</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="142"/>
        <source>Overview (Tab)</source>
        <translation>한눈에 보기 (Tab)</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="159"/>
        <source>Audience window (A)</source>
        <translation>청중 창 (A)</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="160"/>
        <source>Swap screens (S)</source>
        <translation>화면 맞바꾸기 (S)</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="269"/>
        <source>Phone as clicker: scan the code with your phone (or open %1), then type the PIN %2.</source>
        <translation>휴대폰 리모컨: 휴대폰으로 코드를 스캔하거나 %1 을(를) 연 뒤, PIN %2 을(를) 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="153"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="155"/>
        <source>The set</source>
        <translation>발표 목록</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="161"/>
        <source>End (Esc)</source>
        <translation>끝내기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="197"/>
        <location filename="../../ui/present/console.py" line="250"/>
        <source>rehearsed %1</source>
        <translation>리허설 %1</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="211"/>
        <location filename="../../ui/present/console.py" line="224"/>
        <source>Content warning: %1</source>
        <translation>내용 경고: %1</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="213"/>
        <source>No notes for this story.</source>
        <translation>이 이야기에는 메모가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="220"/>
        <source>This is the last story of the set.</source>
        <translation>발표 목록의 마지막 이야기입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="222"/>
        <source>Next story: %1. %2</source>
        <translation>다음 이야기: %1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="245"/>
        <source>This story: %1 of ~%2</source>
        <translation>이 이야기: %1 / 약 %2</translation>
    </message>
    <message>
        <location filename="../../ui/present/console.py" line="254"/>
        <source>Whole set: %1 of ~%2</source>
        <translation>전체 목록: %1 / 약 %2</translation>
    </message>
</context>
<context>
    <name>Presenting</name>
    <message>
        <location filename="../../ui/present/presenting.py" line="59"/>
        <source>Sets for events</source>
        <translation>행사용 발표 목록</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="125"/>
        <source>Open a story or select some first.</source>
        <translation>먼저 이야기를 열거나 목록에서 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="146"/>
        <source>A new set…</source>
        <translation>새 발표 목록…</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="149"/>
        <location filename="../../ui/present/presenting.py" line="167"/>
        <source>Add to a set</source>
        <translation>발표 목록에 추가</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="149"/>
        <source>Add to which set?</source>
        <translation>어느 발표 목록에 추가할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="156"/>
        <source>A new set</source>
        <translation>새 발표 목록</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="156"/>
        <source>Name of the set:</source>
        <translation>발표 목록 이름:</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="162"/>
        <source>Stories added to the set: %1.</source>
        <translation>발표 목록에 이야기 %1편을 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="186"/>
        <source>Make a set and drag stories into it first.</source>
        <translation>먼저 발표 목록을 만들고 이야기를 끌어다 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="189"/>
        <source>Present a set</source>
        <translation>발표 시작</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="189"/>
        <location filename="../../ui/present/presenting.py" line="236"/>
        <source>Rehearse a set</source>
        <translation>발표 목록 리허설</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="191"/>
        <source>Which set?</source>
        <translation>어느 발표 목록으로 발표할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="209"/>
        <source>Present</source>
        <translation>발표</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="220"/>
        <source>No rehearsal times kept: go through every slide of a story to time it.</source>
        <translation>리허설 시간이 기록되지 않았습니다. 이야기의 슬라이드를 끝까지 모두 넘겨야 시간이 잡힙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/presenting.py" line="227"/>
        <source>Rehearsal times kept for %1 of the %2 stories.</source>
        <translation>이야기 %2개 가운데 %1개의 리허설 시간을 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../importing/local.py" line="100"/>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <location filename="../../search/index.py" line="380"/>
        <source>Building the search index</source>
        <translation>검색 색인을 만드는 중</translation>
    </message>
    <message>
        <location filename="../../search/index.py" line="424"/>
        <source>Updating the search index</source>
        <translation>검색 색인을 갱신하는 중</translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <location filename="../../ui/progress_area.py" line="19"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/progress_area.py" line="20"/>
        <source>Cancel the work in progress</source>
        <translation>진행 중인 작업 취소</translation>
    </message>
    <message>
        <location filename="../../ui/progress_area.py" line="57"/>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../ui/present/qr_code.py" line="19"/>
        <source>QR code of the address</source>
        <translation>주소의 QR 코드</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../ui/read_only.py" line="21"/>
        <source>(read-only)</source>
        <translation>(읽기 전용)</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="25"/>
        <source>A read-only archive</source>
        <translation>읽기 전용 아카이브</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="28"/>
        <source>Notes, bookmarks, favourites, imports and syncing need an archive that can be written; where you stop reading is not kept either.</source>
        <translation>메모, 책갈피, 즐겨찾기, 가져오기, 동기화는 쓸 수 있는 아카이브에서만 됩니다. 읽다가 멈춘 위치도 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../ui/reader_pane.py" line="83"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="84"/>
        <source>Document actions</source>
        <translation>문서 작업</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="90"/>
        <source>Choose a story, letter or appeal from the list to read it here.

Everything is on this computer: no connection is needed.</source>
        <translation>목록에서 이야기, 편지, 호소문을 고르면 여기에서 읽을 수 있습니다.

모든 내용이 이 컴퓨터에 있으니 인터넷 연결이 필요 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="96"/>
        <source>No document open</source>
        <translation>열린 문서 없음</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="220"/>
        <source>Related stories</source>
        <translation>관련 이야기</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="257"/>
        <source>Story Reader does not open this kind of link: %1</source>
        <translation>Story Reader는 이런 종류의 링크를 열지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="332"/>
        <source>Export as PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="332"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="346"/>
        <source>Saved %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="89"/>
        <source>Document text</source>
        <translation>문서 본문</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reader.py" line="156"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n분 분량</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="321"/>
        <source>Image not stored yet</source>
        <translation>아직 저장되지 않은 그림</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="417"/>
        <source>Add a note to the selection…</source>
        <translation>선택한 부분에 메모 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="420"/>
        <source>Bookmark this place</source>
        <translation>이 위치에 책갈피</translation>
    </message>
</context>
<context>
    <name>ReadingProgress</name>
    <message>
        <location filename="../../ui/reading_progress.py" line="33"/>
        <source>%1 · at the end</source>
        <translation>%1 · 끝까지 읽음</translation>
    </message>
    <message>
        <location filename="../../ui/reading_progress.py" line="40"/>
        <source>%n min left</source>
        <translation>%n분 남음</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/maintenance.py" line="104"/>
        <source>The archive is damaged</source>
        <translation>보관함이 손상되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="105"/>
        <source>Story Reader cannot read its archive.</source>
        <translation>Story Reader가 보관함을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="107"/>
        <source>You can try to repair it, or go back to the last backup. The damaged file is kept either way.</source>
        <translation>고쳐 보거나 마지막 백업으로 되돌릴 수 있습니다. 어느 쪽이든 손상된 파일은 그대로 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="115"/>
        <source>Check and repair</source>
        <translation>검사하고 고치기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="121"/>
        <source>Restore the backup of %1</source>
        <translation>%1 백업으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance.py" line="123"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../search/answers.py" line="110"/>
        <source>Nothing matches “%1”; showing results for “%2”.</source>
        <translation>“%1”에 맞는 결과가 없어 “%2”의 결과를 보여 드립니다.</translation>
    </message>
    <message>
        <location filename="../../search/answers.py" line="204"/>
        <source>The search index is being built; until it is ready, only titles are searched.</source>
        <translation>검색 색인을 만드는 중입니다. 준비될 때까지는 제목만 검색합니다.</translation>
    </message>
    <message>
        <location filename="../../search/answers.py" line="244"/>
        <source>%1 is too common to search for; add a less common word.</source>
        <translation>%1은(는) 너무 흔한 낱말이라 검색하지 않습니다. 덜 흔한 낱말을 더하세요.</translation>
    </message>
    <message>
        <location filename="../../search/answers.py" line="248"/>
        <source>%1 are too common to search for; add a less common word.</source>
        <translation>%1은(는) 너무 흔한 낱말이라 검색하지 않습니다. 덜 흔한 낱말을 더하세요.</translation>
    </message>
    <message>
        <location filename="../../search/answers.py" line="251"/>
        <source>Type a word to search for.</source>
        <translation>찾을 낱말을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../search/query.py" line="103"/>
        <source>The search used only the first %1 characters.</source>
        <translation>앞의 %1자만 검색했습니다.</translation>
    </message>
    <message>
        <location filename="../../search/query.py" line="132"/>
        <source>The search used only the first %1 words.</source>
        <translation>앞의 낱말 %1개만 검색했습니다.</translation>
    </message>
    <message>
        <location filename="../../search/query.py" line="194"/>
        <source>“%1” was left out: write it like %2.</source>
        <translation>“%1”은(는) 빼고 검색했습니다. %2처럼 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../search/engine.py" line="422"/>
        <source>The search index file %1 is damaged.</source>
        <translation>검색 색인 파일 %1이(가) 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../search/engine.py" line="431"/>
        <source>The search index is missing or damaged and needs rebuilding.</source>
        <translation>검색 색인이 없거나 손상되어 다시 만들어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../search/engine.py" line="440"/>
        <source>The search index is damaged and needs rebuilding.</source>
        <translation>검색 색인이 손상되어 다시 만들어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../search/engine.py" line="466"/>
        <source>%1 document(s) are in the archive but not in the search index (for example %2).</source>
        <translation>문서 %1개가 보관함에는 있지만 검색 색인에는 없습니다(예: %2).</translation>
    </message>
    <message>
        <location filename="../../search/engine.py" line="478"/>
        <source>%1 document(s) are in the search index but withdrawn or deleted in the archive (for example %2).</source>
        <translation>문서 %1개가 검색 색인에는 있지만 보관함에서는 게시 중단되었거나 지워졌습니다(예: %2).</translation>
    </message>
    <message>
        <location filename="../../search/engine.py" line="490"/>
        <source>%1 change(s) are waiting to reach the search index.</source>
        <translation>변경 사항 %1개가 검색 색인에 반영되기를 기다리고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../search/index.py" line="347"/>
        <source>The search index is busy; try again in a moment.</source>
        <translation>검색 색인이 사용 중입니다. 잠시 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../search/index.py" line="352"/>
        <source>Another Story Reader is updating the search index; try again when it has finished.</source>
        <translation>다른 Story Reader가 검색 색인을 업데이트하고 있습니다. 끝난 뒤에 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="263"/>
        <source>Search summary</source>
        <translation>검색 요약</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="268"/>
        <source>Did you mean</source>
        <translation>이것을 찾으셨나요</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="270"/>
        <source>Narrow the results</source>
        <translation>결과 좁히기</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="276"/>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="342"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>결과 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="349"/>
        <source>Nothing matches. Try fewer or other words.</source>
        <translation>맞는 결과가 없습니다. 낱말을 줄이거나 바꿔 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="361"/>
        <source>Did you mean %1?</source>
        <translation>%1을(를) 찾으셨나요?</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="370"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="371"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="372"/>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="373"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="403"/>
        <source>Only %1</source>
        <translation>%1만</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="417"/>
        <source>stories with both words (“rescue” also finds “rescued”)</source>
        <translation>두 낱말이 모두 있는 글 (“rescue”로 “rescued”도 찾습니다)</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="418"/>
        <source>the exact phrase</source>
        <translation>정확히 이 구절</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="419"/>
        <source>either word</source>
        <translation>둘 중 한 낱말</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="420"/>
        <source>leave out stories with a word</source>
        <translation>이 낱말이 있는 글은 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="421"/>
        <source>words that start so</source>
        <translation>이렇게 시작하는 낱말</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="422"/>
        <source>only letters (or story, update, appeal)</source>
        <translation>편지만 (또는 story, update, appeal)</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="423"/>
        <source>by an author, with a tag</source>
        <translation>글쓴이와 태그로</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="424"/>
        <source>in Korean, from 2019</source>
        <translation>2019년에 나온 한국어 글</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="425"/>
        <source>published between two dates</source>
        <translation>두 날짜 사이에 나온 글</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="432"/>
        <source>Search every story, letter and appeal</source>
        <translation>모든 이야기, 편지, 호소문 검색</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="435"/>
        <source>Type a word, a name or a place. Misspellings are forgiven; Korean and English both work.</source>
        <translation>낱말이나 이름, 장소를 입력하세요. 맞춤법이 조금 틀려도 찾아 주며, 한국어와 영어 모두 됩니다.</translation>
    </message>
</context>
<context>
    <name>Serve</name>
    <message>
        <location filename="../../serve/server.py" line="78"/>
        <source>Sharing on every network this laptop is on must be asked for explicitly.</source>
        <translation>이 노트북이 연결된 모든 네트워크에 공유하려면 명시적으로 요청해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../serve/server.py" line="171"/>
        <source>The web reader did not start in time.</source>
        <translation>웹 읽기 화면이 제시간에 시작되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../serve/server.py" line="283"/>
        <source>Sharing stopped: this laptop no longer has the address %1.</source>
        <translation>공유를 멈췄습니다: 이 노트북에 더 이상 %1 주소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../serve/server.py" line="290"/>
        <source>Port %2 on %1 is in use by another program; choose another port.</source>
        <translation>%1의 %2번 포트를 다른 프로그램이 쓰고 있습니다. 다른 포트를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../serve/server.py" line="295"/>
        <source>%1 is not an address of this laptop.</source>
        <translation>%1은(는) 이 노트북의 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../serve/server.py" line="297"/>
        <source>Port %2 needs administrator rights; use 1024 or above.</source>
        <translation>%2번 포트는 관리자 권한이 필요합니다. 1024 이상을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../serve/server.py" line="302"/>
        <source>Cannot share on %1, port %2.</source>
        <translation>%1의 %2번 포트로 공유할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../serve/share.py" line="64"/>
        <source>There is nothing to share: what you chose holds no documents.</source>
        <translation>공유할 것이 없습니다: 고른 항목에 문서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/sharing.py" line="154"/>
        <source>Sharing stopped unexpectedly; the log has the details.</source>
        <translation>공유가 뜻밖에 멈췄습니다. 자세한 내용은 로그에 있습니다.</translation>
    </message>
</context>
<context>
    <name>SetDetails</name>
    <message>
        <location filename="../../ui/present/set_details.py" line="41"/>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_details.py" line="49"/>
        <source>Set a date</source>
        <translation>날짜 지정</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_details.py" line="62"/>
        <source> words a minute</source>
        <translation> 낱말/분</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_details.py" line="71"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_details.py" line="75"/>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_details.py" line="76"/>
        <source>&amp;Venue:</source>
        <translation>장소(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_details.py" line="77"/>
        <source>Speaking &amp;rate:</source>
        <translation>낭독 속도(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_details.py" line="112"/>
        <source>%1 words a minute</source>
        <translation>분당 %1낱말</translation>
    </message>
</context>
<context>
    <name>SetFiles</name>
    <message>
        <location filename="../../ui/present/set_actions.py" line="33"/>
        <location filename="../../ui/present/set_actions.py" line="39"/>
        <location filename="../../ui/present/set_actions.py" line="47"/>
        <source>Import a set</source>
        <translation>발표 목록 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_actions.py" line="33"/>
        <source>Sets (*.json);;All files (*)</source>
        <translation>발표 목록 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_actions.py" line="48"/>
        <source>These stories are not in your archive and were left out:</source>
        <translation>다음 이야기는 보관함에 없어서 빼고 가져왔습니다:</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_actions.py" line="56"/>
        <location filename="../../ui/present/set_actions.py" line="61"/>
        <location filename="../../ui/present/set_actions.py" line="67"/>
        <source>Export the set</source>
        <translation>발표 목록 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_actions.py" line="56"/>
        <source>There is no set to export yet.</source>
        <translation>아직 내보낼 발표 목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_actions.py" line="61"/>
        <source>Sets (*.json)</source>
        <translation>발표 목록 (*.json)</translation>
    </message>
</context>
<context>
    <name>SetPaper</name>
    <message>
        <location filename="../../ui/present/set_paper.py" line="24"/>
        <source>There is no set yet. Make one with New, then drag stories into it from the library or the search results.</source>
        <translation>아직 발표 목록이 없습니다. 새로 만들기로 하나 만든 다음, 서재나 검색 결과에서 이야기를 끌어다 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_paper.py" line="30"/>
        <source>The set %1 has no stories yet. Drag some into it from the library or the search results, or use Add to set.</source>
        <translation>%1 발표 목록에 아직 이야기가 없습니다. 서재나 검색 결과에서 끌어다 넣거나, 발표 목록에 추가를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_paper.py" line="56"/>
        <source>Handout as PDF</source>
        <translation>유인물을 PDF로</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_paper.py" line="58"/>
        <source>Slides as PDF</source>
        <translation>슬라이드를 PDF로</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_paper.py" line="64"/>
        <source>handout</source>
        <translation>유인물</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_paper.py" line="66"/>
        <source>slides</source>
        <translation>슬라이드</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_paper.py" line="70"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_paper.py" line="113"/>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_paper.py" line="125"/>
        <source>Saved %n page(s) as %1.</source>
        <translation>%n쪽을 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_paper.py" line="129"/>
        <source>Open the folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../../ui/present/set_paper.py" line="140"/>
        <location filename="../../ui/present/set_paper.py" line="155"/>
        <source>Print the handout</source>
        <translation>유인물 인쇄</translation>
    </message>
</context>
<context>
    <name>Sets</name>
    <message>
        <location filename="../../present/sets.py" line="84"/>
        <source>More than one set goes by %1; give its number instead.</source>
        <translation>%1에 해당하는 발표 목록이 여러 개입니다. 이름 대신 번호로 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../present/sets.py" line="87"/>
        <source>There is no set called %1.</source>
        <translation>%1에 해당하는 발표 목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../present/sets.py" line="97"/>
        <source>That set no longer exists.</source>
        <translation>그 발표 목록은 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../present/sets.py" line="191"/>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <location filename="../../present/set_info.py" line="107"/>
        <source>A set can hold at most %1 stories.</source>
        <translation>발표 목록에는 이야기를 %1편까지만 담을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../present/sets.py" line="263"/>
        <location filename="../../present/sets.py" line="282"/>
        <source>That story is no longer in the set.</source>
        <translation>그 이야기는 더 이상 발표 목록에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../present/set_info.py" line="113"/>
        <source>A set needs a name.</source>
        <translation>발표 목록에 이름을 붙이세요.</translation>
    </message>
    <message>
        <location filename="../../present/set_info.py" line="125"/>
        <source>Presenter notes can hold at most %1 characters.</source>
        <translation>발표자 메모는 %1자까지만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../present/set_files.py" line="86"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../present/set_files.py" line="93"/>
        <source>%1 is not a Story Reader set file.</source>
        <translation>%1은(는) Story Reader 발표 목록 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../present/set_files.py" line="94"/>
        <source>%1 is not a Story Reader set file: it is larger or more deeply nested than a set file ever is.</source>
        <translation>%1은(는) Story Reader 발표 목록 파일이 아닙니다. 발표 목록 파일보다 크거나 깊이 중첩되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../present/set_files.py" line="99"/>
        <source>%1 is not a Story Reader set file: %2 is not an object.</source>
        <translation>%1은(는) Story Reader 발표 목록 파일이 아닙니다. %2이(가) 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../present/set_files.py" line="100"/>
        <source>%1 is not a Story Reader set file: %2 has no usable `%3`.</source>
        <translation>%1은(는) Story Reader 발표 목록 파일이 아닙니다. %2에 쓸 수 있는 `%3`이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../present/set_files.py" line="107"/>
        <source>the set</source>
        <translation>발표 목록</translation>
    </message>
    <message>
        <location filename="../../present/set_files.py" line="137"/>
        <source>item %1</source>
        <translation>%1번째 항목</translation>
    </message>
    <message>
        <location filename="../../present/set_files.py" line="154"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../present/set_files.py" line="101"/>
        <source>%1 holds a broken character (a lone surrogate), which Story Reader never writes; the set was not imported.</source>
        <translation>%1에 깨진 문자(짝 없는 서로게이트)가 있습니다. Story Reader는 이런 문자를 쓰지 않으므로 발표 목록을 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../present/set_files.py" line="120"/>
        <source>%1 was written by a newer Story Reader; update to import it.</source>
        <translation>%1은(는) 더 새로운 Story Reader에서 만든 파일입니다. 가져오려면 Story Reader를 새 버전으로 올리세요.</translation>
    </message>
    <message>
        <location filename="../../present/sets.py" line="316"/>
        <source>None of the %1 stories in this set are in your archive; sync or import them first.</source>
        <translation>이 발표 목록의 이야기 %1편 가운데 보관함에 있는 것이 하나도 없습니다. 먼저 동기화하거나 가져오세요.</translation>
    </message>
</context>
<context>
    <name>SetsPanel</name>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="71"/>
        <location filename="../../ui/present/sets_panel.py" line="290"/>
        <source>Sets for events</source>
        <translation>행사용 발표 목록</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="88"/>
        <source>Set</source>
        <translation>발표 목록</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="94"/>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="96"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="97"/>
        <source>More for this set</source>
        <translation>이 발표 목록의 다른 작업</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="100"/>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="101"/>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="103"/>
        <source>&amp;Import a set…</source>
        <translation>발표 목록 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="104"/>
        <source>E&amp;xport the set…</source>
        <translation>발표 목록 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="106"/>
        <source>Slide &amp;settings…</source>
        <translation>슬라이드 설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="134"/>
        <source>Stories in the set</source>
        <translation>발표 목록의 이야기</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="140"/>
        <source>Drag stories here from the library or the search results, or use Add to set.</source>
        <translation>서재나 검색 결과에서 이야기를 여기로 끌어 오거나, 발표 목록에 추가를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="146"/>
        <source>Move &amp;up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="147"/>
        <source>Move d&amp;own</source>
        <translation>아래로(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="148"/>
        <source>Re&amp;move</source>
        <translation>빼기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="161"/>
        <source>Presenter notes</source>
        <translation>발표자 메모</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="162"/>
        <source>Notes for you, shown only on the presenter console</source>
        <translation>발표자 화면에만 보이는, 발표하는 분을 위한 메모</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="168"/>
        <source>e.g. violence, loss of a child (empty: none)</source>
        <translation>예: 폭력, 자녀를 잃은 일 (비워 두면 경고 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="171"/>
        <source>Text size of this story&apos;s slides</source>
        <translation>이 이야기 슬라이드의 글자 크기</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="173"/>
        <source>As the set</source>
        <translation>발표 목록과 같게</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="180"/>
        <source>Presenter n&amp;otes:</source>
        <translation>발표자 메모(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="181"/>
        <source>Content &amp;warning:</source>
        <translation>내용 경고(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="182"/>
        <source>&amp;Text size:</source>
        <translation>글자 크기(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="186"/>
        <source>&amp;Present</source>
        <translation>발표(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="187"/>
        <source>&amp;Rehearse</source>
        <translation>리허설(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="189"/>
        <source>Paper</source>
        <translation>종이</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="192"/>
        <source>Slides as PD&amp;F…</source>
        <translation>슬라이드를 PDF로(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="193"/>
        <source>&amp;Handout as PDF…</source>
        <translation>유인물을 PDF로(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="194"/>
        <source>Pri&amp;nt the handout…</source>
        <translation>유인물 인쇄(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="238"/>
        <source>Make a set with New, or import one (More).</source>
        <translation>새로 만들기로 발표 목록을 만들거나, 더 보기에서 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="241"/>
        <source>Stories: %1 · read aloud in about %2 (minutes:seconds)</source>
        <translation>이야기 %1개 · 낭독 약 %2 (분:초)</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="247"/>
        <source>rehearsed %1 (%2 of %3 stories)</source>
        <translation>리허설 %1 (이야기 %3개 중 %2개)</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="311"/>
        <location filename="../../ui/present/sets_panel.py" line="379"/>
        <source>New set</source>
        <translation>새 발표 목록</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="331"/>
        <source>Delete the set?</source>
        <translation>발표 목록을 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="334"/>
        <source>Delete the set %1? Its notes and warnings go with it; the stories stay in the library.</source>
        <translation>%1 발표 목록을 삭제할까요? 메모와 내용 경고도 함께 지워지지만, 이야기는 서재에 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/sets_panel.py" line="465"/>
        <source>Present</source>
        <translation>발표</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="58"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62"/>
        <location filename="../../ui/dialogs.py" line="85"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="64"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="65"/>
        <source>Sepia</source>
        <translation>세피아</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="70"/>
        <source>Serif</source>
        <translation>명조(세리프)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="70"/>
        <source>Sans serif</source>
        <translation>고딕(산세리프)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="80"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n자</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="83"/>
        <source>Line width in characters</source>
        <translation>한 줄의 글자 수</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="88"/>
        <source>A new language takes effect the next time Story Reader starts.</source>
        <translation>바꾼 언어는 Story Reader를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="91"/>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="92"/>
        <source>T&amp;ypeface:</source>
        <translation>글꼴(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="93"/>
        <source>&amp;Line spacing:</source>
        <translation>줄 간격(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="94"/>
        <source>Line &amp;width:</source>
        <translation>줄 너비(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95"/>
        <source>L&amp;anguage:</source>
        <translation>언어(&amp;A):</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="47"/>
        <source>Share with the room</source>
        <translation>참석자와 공유</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="60"/>
        <source>Phones on the same Wi-Fi as this laptop read what you share in their browser, with no internet. Only what you choose is shared, and only to read.</source>
        <translation>이 노트북과 같은 와이파이에 있는 휴대폰은 인터넷 없이 브라우저로 공유한 내용을 읽을 수 있습니다. 고른 것만, 읽기 전용으로 공유됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="76"/>
        <source>&amp;Start sharing</source>
        <translation>공유 시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="79"/>
        <source>S&amp;top sharing</source>
        <translation>공유 중지(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="82"/>
        <source>Sharing goes on when this window is closed</source>
        <translation>이 창을 닫아도 공유는 계속됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="89"/>
        <source>What to share</source>
        <translation>공유할 것</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="91"/>
        <source>These shelves and tags:</source>
        <translation>다음 책장과 태그:</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="92"/>
        <source>The whole library</source>
        <translation>서재 전체</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="97"/>
        <source>Shelves and tags to share</source>
        <translation>공유할 책장과 태그</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="101"/>
        <source>Favourites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="102"/>
        <source>Unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="103"/>
        <source>Recently read</source>
        <translation>최근에 읽음</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="112"/>
        <source>Where phones find it</source>
        <translation>휴대폰이 찾는 곳</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="114"/>
        <source>Network address</source>
        <translation>네트워크 주소</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="118"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="121"/>
        <source>This laptop is on no network: join the room&apos;s Wi-Fi (or start a hotspot) and open this window again. Until then it can share on 127.0.0.1, which only this laptop can open.</source>
        <translation>이 노트북은 어떤 네트워크에도 연결되어 있지 않습니다. 이 곳의 와이파이에 연결하거나 핫스팟을 켠 뒤 이 창을 다시 여세요. 그 전에는 이 노트북에서만 열 수 있는 127.0.0.1 로 공유할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="128"/>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="129"/>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="140"/>
        <source>Sharing</source>
        <translation>공유</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="145"/>
        <source>The address phones open</source>
        <translation>휴대폰이 여는 주소</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="146"/>
        <source>&amp;Copy the address</source>
        <translation>주소 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="149"/>
        <source>Sharing state</source>
        <translation>공유 상태</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="152"/>
        <source>Sharing stops when you quit Story Reader, and by itself when this laptop&apos;s address changes (it is checked every few seconds).</source>
        <translation>Story Reader 를 끝내면 공유가 멈추고, 이 노트북의 주소가 바뀌어도 저절로 멈춥니다(몇 초마다 확인합니다).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/present/share_dialog.py" line="182"/>
        <source>Tonight&apos;s set: %1 (%n document(s))</source>
        <translation>
            <numerusform>오늘 밤의 세트: %1 (문서 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="189"/>
        <source>Tonight&apos;s set (choose one in the set panel first)</source>
        <translation>오늘 밤의 세트 (먼저 세트 패널에서 고르세요)</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="202"/>
        <source>%1 (this laptop only)</source>
        <translation>%1 (이 노트북에서만)</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="204"/>
        <source>Every network of this laptop (0.0.0.0)</source>
        <translation>이 노트북의 모든 네트워크 (0.0.0.0)</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="216"/>
        <source>Tag: %1 (%2)</source>
        <translation>태그: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="240"/>
        <source>Tick a shelf or a tag to share, or choose another option.</source>
        <translation>공유할 책장이나 태그를 고르거나, 다른 항목을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="251"/>
        <source>Share on every network?</source>
        <translation>모든 네트워크에 공유할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="253"/>
        <source>Every network this laptop is on could reach the stories, including a wired or office network. Share on all of them?</source>
        <translation>유선망이나 사무실 네트워크를 포함해, 이 노트북이 연결된 모든 네트워크에서 이야기를 볼 수 있게 됩니다. 모두에 공유할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="263"/>
        <source>Sharing could not start; the log has the details.</source>
        <translation>공유를 시작하지 못했습니다. 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="299"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/present/share_dialog.py" line="301"/>
        <source>Not sharing. Choose what to share and where, then Start sharing.</source>
        <translation>공유하고 있지 않습니다. 공유할 것과 장소를 고른 뒤 공유 시작을 누르세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/present/share_dialog.py" line="302"/>
        <source>Sharing %n document(s).</source>
        <translation>
            <numerusform>문서 %n개를 공유하고 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/present/share_dialog.py" line="303"/>
        <source>%n phone(s) connected.</source>
        <translation>
            <numerusform>휴대폰 %n대가 연결되어 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message numerus="yes">
        <location filename="../../ui/present/sharing.py" line="186"/>
        <source>Sharing · %n phone(s)</source>
        <translation>
            <numerusform>공유 중 · 휴대폰 %n대</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/present/sharing.py" line="189"/>
        <source>Phones open %1 (Present &gt; Share with the room…)</source>
        <translation>휴대폰으로 %1 을(를) 엽니다 (발표 &gt; 참석자와 공유…)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="133"/>
        <location filename="../../ui/dialogs.py" line="145"/>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="143"/>
        <source>During a show:</source>
        <translation>발표하는 동안:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="146"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="146"/>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>ShowController</name>
    <message>
        <location filename="../../ui/present/show_controller.py" line="101"/>
        <source>The set %1 has no stories to present.</source>
        <translation>“%1” 발표 목록에는 발표할 이야기가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_screens.py" line="44"/>
        <source>There is no screen %1; this computer has %2.</source>
        <translation>%1번 화면이 없습니다. 이 컴퓨터의 화면은 %2개입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_controller.py" line="288"/>
        <source>End the show? Press Esc again to end it, or any other key to go on.</source>
        <translation>발표를 끝낼까요? 끝내려면 Esc를 한 번 더 누르고, 계속하려면 다른 키를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_controller.py" line="377"/>
        <source>Slide %1 of %2</source>
        <translation>슬라이드 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_controller.py" line="410"/>
        <source>The audience sees a black screen (B to bring the slide back)</source>
        <translation>청중에게 검은 화면이 보입니다 (B를 누르면 슬라이드로 돌아갑니다)</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_controller.py" line="412"/>
        <source>The audience sees the logo (W to bring the slide back)</source>
        <translation>청중에게 로고가 보입니다 (W를 누르면 슬라이드로 돌아갑니다)</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_controller.py" line="414"/>
        <source>The audience sees the QR code for phones (Q to bring the slide back)</source>
        <translation>청중에게 휴대폰용 QR 코드가 보입니다 (Q를 누르면 슬라이드로 돌아갑니다)</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_controller.py" line="406"/>
        <source>The audience window is hidden until a projector is connected</source>
        <translation>프로젝터를 연결할 때까지 청중 화면을 숨겨 둡니다</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_controller.py" line="227"/>
        <source>Not sharing with the room: start it in Present &gt; Share with the room…, then Q shows its QR code.</source>
        <translation>참석자와 공유하고 있지 않습니다. 발표 &gt; 참석자와 공유…에서 시작하면 Q로 QR 코드를 보여 줄 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_controller.py" line="381"/>
        <source>Go to slide %1…</source>
        <translation>%1번 슬라이드로 이동…</translation>
    </message>
</context>
<context>
    <name>ShowKeys</name>
    <message>
        <location filename="../../ui/present/show_keys.py" line="34"/>
        <source>Next slide</source>
        <translation>다음 슬라이드</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_keys.py" line="39"/>
        <source>Previous slide</source>
        <translation>이전 슬라이드</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_keys.py" line="41"/>
        <source>First slide</source>
        <translation>첫 슬라이드</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_keys.py" line="42"/>
        <source>Last slide</source>
        <translation>마지막 슬라이드</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_keys.py" line="46"/>
        <source>Go to the slide whose number you typed (else the next)</source>
        <translation>입력한 번호의 슬라이드로 이동 (번호가 없으면 다음 슬라이드)</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_keys.py" line="51"/>
        <source>Black screen, or back to the slide</source>
        <translation>검은 화면, 또는 슬라이드로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_keys.py" line="53"/>
        <source>The logo, or back to the slide</source>
        <translation>로고, 또는 슬라이드로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_keys.py" line="57"/>
        <source>While sharing with the room: the QR code phones read the stories at, or back to the slide</source>
        <translation>참석자와 공유하는 동안: 휴대폰으로 이야기를 읽는 QR 코드, 또는 슬라이드로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_keys.py" line="66"/>
        <source>Overview of every slide (arrows and Enter to jump)</source>
        <translation>모든 슬라이드 한눈에 보기 (화살표와 Enter로 이동)</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_keys.py" line="71"/>
        <source>With one screen: show or hide the audience window</source>
        <translation>화면이 하나일 때: 청중 창 보이기/숨기기</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_keys.py" line="73"/>
        <source>Swap the two screens</source>
        <translation>두 화면 맞바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_keys.py" line="77"/>
        <source>End the show (press twice)</source>
        <translation>발표 끝내기 (두 번 누르기)</translation>
    </message>
</context>
<context>
    <name>ShowScreens</name>
    <message>
        <location filename="../../ui/present/show_screens.py" line="82"/>
        <source>Only one screen is connected: this is what the room would see. Press A to open the audience view in a window of its own; it moves to a projector when one is connected.</source>
        <translation>화면이 하나만 연결되어 있습니다. 청중에게는 이렇게 보입니다. A를 누르면 청중 화면이 별도 창으로 열리고, 프로젝터를 연결하면 그쪽으로 옮겨 갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_screens.py" line="146"/>
        <source>The audience view is on the other screen; B or W blank it.</source>
        <translation>청중 화면은 다른 화면에 있습니다. B나 W로 가릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_screens.py" line="166"/>
        <source>The audience view is in a window of its own: drag it to a projector, or share it in a video call. A closes it.</source>
        <translation>청중 화면이 별도 창으로 열려 있습니다. 프로젝터로 끌어 옮기거나 화상 회의에서 공유하세요. A를 누르면 닫힙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_screens.py" line="175"/>
        <source>There is only one screen: nothing to swap.</source>
        <translation>화면이 하나뿐이라 맞바꿀 화면이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/present/show_screens.py" line="219"/>
        <source>The projector was disconnected. The show goes on here, and returns to the projector when it is connected again.</source>
        <translation>프로젝터 연결이 끊겼습니다. 발표는 여기에서 이어지며, 프로젝터를 다시 연결하면 그쪽으로 돌아갑니다.</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../ui/item_models.py" line="250"/>
        <source>All documents</source>
        <translation>모든 문서</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="251"/>
        <source>Unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="252"/>
        <source>Favourites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="253"/>
        <source>Recently read</source>
        <translation>최근에 읽음</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="262"/>
        <source>Kinds</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="263"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="265"/>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="271"/>
        <source>Years</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/item_models.py" line="272"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>SlideLooks</name>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="32"/>
        <source>Slides</source>
        <translation>슬라이드</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="37"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="38"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="39"/>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="47"/>
        <source>End each story with its address as a QR code</source>
        <translation>이야기마다 끝에 주소를 QR 코드로 보여 주기</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="51"/>
        <source>No logo: the organisation&apos;s name is shown</source>
        <translation>로고 없음: 단체 이름을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="53"/>
        <source>Shown when there is no logo</source>
        <translation>로고가 없을 때 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="62"/>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="63"/>
        <source>Type size:</source>
        <translation>글자 크기:</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="67"/>
        <source>Choose a &amp;logo…</source>
        <translation>로고 고르기(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="68"/>
        <source>No logo</source>
        <translation>로고 없음</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="69"/>
        <source>Logo:</source>
        <translation>로고:</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="70"/>
        <source>Organisation:</source>
        <translation>단체 이름:</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="86"/>
        <source>Choose a logo</source>
        <translation>로고 고르기</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="86"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>그림 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>SlideLooksDialog</name>
    <message>
        <location filename="../../ui/present/slide_looks.py" line="101"/>
        <source>Slide settings</source>
        <translation>슬라이드 설정</translation>
    </message>
</context>
<context>
    <name>SlideOverview</name>
    <message>
        <location filename="../../ui/present/overview.py" line="58"/>
        <source>Overview of the slides</source>
        <translation>슬라이드 한눈에 보기</translation>
    </message>
    <message>
        <location filename="../../ui/present/overview.py" line="237"/>
        <source>%1 · on screen</source>
        <translation>%1 · 화면에 표시 중</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <location filename="../../ui/present/slide_view.py" line="46"/>
        <source>QR CODE</source>
        <translation>QR 코드</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_view.py" line="47"/>
        <source>BLACK</source>
        <translation>검은 화면</translation>
    </message>
    <message>
        <location filename="../../ui/present/slide_view.py" line="47"/>
        <source>LOGO</source>
        <translation>로고</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../../present/compose.py" line="166"/>
        <source>Read the whole story</source>
        <translation>이야기 전체 읽기</translation>
    </message>
    <message>
        <location filename="../../present/compose.py" line="170"/>
        <source>Read these stories on your phone</source>
        <translation>휴대폰으로 이 이야기들을 읽어 보세요</translation>
    </message>
    <message>
        <location filename="../../present/compose.py" line="191"/>
        <source>Content warning</source>
        <translation>내용 경고</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../sync/apply.py" line="191"/>
        <source>The source %1 was removed while it was syncing.</source>
        <translation>출처 %1이(가) 동기화하는 동안 삭제되었습니다.</translation>
    </message>
    <message>
        <location filename="../../sync/registry.py" line="57"/>
        <source>%1 is not a kind of document (try story, letter, update, appeal).</source>
        <translation>%1은(는) 문서 종류가 아닙니다(story, letter, update, appeal 가운데 하나를 쓰세요).</translation>
    </message>
    <message>
        <location filename="../../sync/registry.py" line="72"/>
        <source>%1 has no valid port; leave it out or give one up to 65535.</source>
        <translation>%1의 포트가 올바르지 않습니다. 포트를 빼거나 65535 이하로 적으세요.</translation>
    </message>
    <message>
        <location filename="../../sync/registry.py" line="80"/>
        <source>%1 is not a web address; give one starting with https://.</source>
        <translation>%1은(는) 웹 주소가 아닙니다. https://로 시작하는 주소를 적으세요.</translation>
    </message>
    <message>
        <location filename="../../sync/registry.py" line="112"/>
        <source>%1 is not a type of source (site, feed or wordpress).</source>
        <translation>%1은(는) 출처 유형이 아닙니다(site, feed, wordpress 가운데 하나).</translation>
    </message>
    <message>
        <location filename="../../sync/registry.py" line="121"/>
        <source>There is already a source named %1; choose another --name.</source>
        <translation>%1(이)라는 출처가 이미 있습니다. 다른 --name을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../sync/registry.py" line="130"/>
        <source>%1 is already synced as %2.</source>
        <translation>%1은(는) 이미 %2(으)로 동기화하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../sync/registry.py" line="176"/>
        <source>Could not reach %1 (%2); is there a connection?</source>
        <translation>%1에 연결하지 못했습니다(%2). 인터넷에 연결되어 있나요?</translation>
    </message>
    <message>
        <location filename="../../sync/registry.py" line="182"/>
        <source>Could not fetch %1: %2.</source>
        <translation>%1을(를) 가져오지 못했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../sync/registry.py" line="186"/>
        <source>There is nothing at %1 (the server answered %2).</source>
        <translation>%1에 아무것도 없습니다(서버 응답: %2).</translation>
    </message>
    <message>
        <location filename="../../sync/registry.py" line="281"/>
        <source>There is no source named %1; `storyreader sources list` shows them.</source>
        <translation>%1(이)라는 출처가 없습니다. `storyreader sources list`로 출처를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../sync/registry.py" line="306"/>
        <source>There are no web sources to sync; add one with `storyreader sources add URL`.</source>
        <translation>동기화할 웹 출처가 없습니다. `storyreader sources add URL`로 추가하세요.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/sync_dialog.py" line="51"/>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="52"/>
        <source>Web site</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="53"/>
        <source>Feed</source>
        <translation>피드</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="54"/>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="57"/>
        <source>some pages failed</source>
        <translation>일부 페이지 실패</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="58"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="59"/>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="60"/>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="78"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="85"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="85"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="85"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="85"/>
        <source>Last sync</source>
        <translation>마지막 동기화</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="89"/>
        <source>Web sources</source>
        <translation>웹 출처</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="93"/>
        <source>Address of the new source</source>
        <translation>새 출처의 주소</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="95"/>
        <source>(from the address)</source>
        <translation>(비워 두면 주소에서 정함)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="102"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="103"/>
        <source>Add a source</source>
        <translation>출처 추가</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="105"/>
        <source>Add&amp;ress</source>
        <translation>주소(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="106"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="109"/>
        <source>&amp;Type</source>
        <translation>유형(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="115"/>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="124"/>
        <source>Stop syncing after the current batch</source>
        <translation>지금 묶음을 마친 뒤 동기화 멈추기</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="135"/>
        <source>&amp;Sync now</source>
        <translation>지금 동기화(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="138"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="144"/>
        <source>No web sources yet. Add a blog, a feed or a WordPress site below, then sync while you have a connection: everything stays readable offline afterwards.</source>
        <translation>아직 웹 출처가 없습니다. 아래에서 블로그, 피드 또는 WordPress 사이트를 추가하고 인터넷에 연결되어 있을 때 동기화하세요. 그 뒤에는 모든 내용을 오프라인으로 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="174"/>
        <source>(found by itself) e.g. article .post</source>
        <translation>(자동으로 찾음) 예: article .post</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="176"/>
        <source>A CSS selector for the article on each page, if it is not found by itself.</source>
        <translation>글이 자동으로 찾아지지 않을 때, 각 페이지에서 글을 가리키는 CSS 선택자입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="179"/>
        <source>(nothing) e.g. .related, .donate-box</source>
        <translation>(없음) 예: .related, .donate-box</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="181"/>
        <source>CSS selectors, separated by commas, for what to leave out of each page.</source>
        <translation>각 페이지에서 뺄 부분을 가리키는 CSS 선택자입니다. 여럿이면 쉼표로 구분합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="183"/>
        <source>Art&amp;icle</source>
        <translation>본문(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="184"/>
        <source>&amp;Leave out</source>
        <translation>제외(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="240"/>
        <source>Looking at %1…</source>
        <translation>%1 살펴보는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="247"/>
        <source>Added %1 (%2).</source>
        <translation>추가했습니다: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="278"/>
        <source>Removed %1; its documents stay in the archive.</source>
        <translation>제거했습니다: %1. 문서는 보관함에 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="324"/>
        <source>Stopping after the current batch…</source>
        <translation>지금 묶음을 마치고 멈추는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="337"/>
        <source>Stopped before any source was synced.</source>
        <translation>출처를 하나도 동기화하기 전에 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="346"/>
        <source>…and %1 more.</source>
        <translation>…외 %1개.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="358"/>
        <source>Something went wrong: %1</source>
        <translation>문제가 생겼습니다: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/status_line.py" line="35"/>
        <source>Archive status</source>
        <translation>보관함 상태</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="37"/>
        <source>Reading progress</source>
        <translation>읽은 정도</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="78"/>
        <source>Something went wrong (%1). The details are in the log file.</source>
        <translation>문제가 생겼습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="104"/>
        <source>Stopped. What was finished is kept.</source>
        <translation>멈췄습니다. 끝난 작업은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="115"/>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_line.py" line="117"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>문서 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_line.py" line="119"/>
        <source>%n unread</source>
        <translation>
            <numerusform>읽지 않음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="129"/>
        <source>last synced today</source>
        <translation>마지막 동기화: 오늘</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="131"/>
        <source>last synced yesterday</source>
        <translation>마지막 동기화: 어제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_line.py" line="132"/>
        <source>last synced %n day(s) ago</source>
        <translation>
            <numerusform>마지막 동기화: %n일 전</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../sync/report.py" line="46"/>
        <source>%1: %2 new, %3 updated, %4 withdrawn, %5 unchanged, %6 failed; %7 downloaded in %8 s.</source>
        <translation>%1: 새 문서 %2개, 갱신 %3개, 게시 중단 %4개, 변경 없음 %5개, 실패 %6개. %8초 동안 %7 내려받았습니다.</translation>
    </message>
    <message>
        <location filename="../../sync/report.py" line="62"/>
        <source>(Stopped before the end.)</source>
        <translation>(끝나기 전에 멈췄습니다.)</translation>
    </message>
    <message>
        <location filename="../../sync/run.py" line="86"/>
        <source>Checking the connection</source>
        <translation>연결을 확인하는 중</translation>
    </message>
    <message>
        <location filename="../../sync/run.py" line="92"/>
        <source>There is no connection (%1); nothing was synced.</source>
        <translation>인터넷에 연결되어 있지 않습니다(%1). 아무것도 동기화하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../sync/run.py" line="117"/>
        <source>Could not reach %1: %2.</source>
        <translation>%1에 연결하지 못했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../sync/run.py" line="154"/>
        <source>%1: reading the list of documents</source>
        <translation>%1: 문서 목록을 읽는 중</translation>
    </message>
    <message>
        <location filename="../../sync/run.py" line="163"/>
        <source>Could not read %1: %2.</source>
        <translation>%1을(를) 읽지 못했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../sync/run.py" line="194"/>
        <source>Syncing %1</source>
        <translation>%1 동기화하는 중</translation>
    </message>
    <message>
        <location filename="../../sync/run.py" line="228"/>
        <source>Could not fetch %1: %2.</source>
        <translation>%1을(를) 받아 오지 못했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../sync/run.py" line="266"/>
        <source>the page is gone (the server answered %1)</source>
        <translation>페이지가 없어짐(서버 응답: %1)</translation>
    </message>
    <message>
        <location filename="../../sync/run.py" line="277"/>
        <source>it is not a web page but %1</source>
        <translation>웹 페이지가 아니라 %1임</translation>
    </message>
    <message>
        <location filename="../../sync/run.py" line="337"/>
        <source>a picture could not be fetched (%1)</source>
        <translation>그림을 가져오지 못함(%1)</translation>
    </message>
    <message>
        <location filename="../../sync/extract/selectors.py" line="42"/>
        <source>A CSS selector cannot be empty.</source>
        <translation>CSS 선택자는 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../sync/extract/selectors.py" line="45"/>
        <source>The CSS selector is longer than %1 characters.</source>
        <translation>CSS 선택자가 %1자보다 깁니다.</translation>
    </message>
    <message>
        <location filename="../../sync/extract/selectors.py" line="52"/>
        <source>%1 is not a CSS selector that can be used here (%2); try one like %3.</source>
        <translation>%1은(는) 여기에서 쓸 수 있는 CSS 선택자가 아닙니다(%2). %3 같은 선택자를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../sync/transport.py" line="172"/>
        <source>The system&apos;s proxy setting %1 is not an http or https proxy, which is all that syncing can use; change or unset it.</source>
        <translation>시스템 프록시 설정 %1은(는) http나 https 프록시가 아니어서 동기화에 쓸 수 없습니다. 설정을 바꾸거나 지우세요.</translation>
    </message>
    <message>
        <location filename="../../sync/addresses.py" line="21"/>
        <source>it did not answer in time</source>
        <translation>제시간에 응답하지 않음</translation>
    </message>
    <message>
        <location filename="../../sync/addresses.py" line="28"/>
        <source>%1 is %2</source>
        <translation>%1은(는) %2</translation>
    </message>
    <message>
        <location filename="../../sync/addresses.py" line="46"/>
        <source>an address on this computer</source>
        <translation>이 컴퓨터의 주소</translation>
    </message>
    <message>
        <location filename="../../sync/addresses.py" line="48"/>
        <source>a link-local address</source>
        <translation>링크 로컬 주소</translation>
    </message>
    <message>
        <location filename="../../sync/addresses.py" line="50"/>
        <source>an address on a private network</source>
        <translation>사설 네트워크의 주소</translation>
    </message>
    <message>
        <location filename="../../sync/addresses.py" line="51"/>
        <source>a reserved address</source>
        <translation>예약된 주소</translation>
    </message>
    <message>
        <location filename="../../sync/addresses.py" line="151"/>
        <source>looking up %1 took too long</source>
        <translation>%1을(를) 찾는 데 너무 오래 걸림</translation>
    </message>
    <message>
        <location filename="../../sync/addresses.py" line="153"/>
        <source>%1 could not be found</source>
        <translation>%1을(를) 찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../../sync/addresses.py" line="155"/>
        <source>%1 refused the connection</source>
        <translation>%1이(가) 연결을 거부함</translation>
    </message>
    <message>
        <location filename="../../sync/addresses.py" line="157"/>
        <source>%1 did not answer</source>
        <translation>%1이(가) 응답하지 않음</translation>
    </message>
    <message>
        <location filename="../../sync/extract/__init__.py" line="57"/>
        <source>no article text was found on the page</source>
        <translation>페이지에서 글의 본문을 찾지 못함</translation>
    </message>
    <message>
        <location filename="../../sync/extract/__init__.py" line="104"/>
        <source>the page could not be read (%1)</source>
        <translation>페이지를 읽을 수 없음(%1)</translation>
    </message>
    <message>
        <location filename="../../sync/extract/__init__.py" line="145"/>
        <source>nothing on the page matches the article selector %1</source>
        <translation>페이지에서 글 선택자 %1에 맞는 것이 없음</translation>
    </message>
    <message>
        <location filename="../../sync/extract/__init__.py" line="226"/>
        <source>its content could not be read as HTML</source>
        <translation>내용을 HTML로 읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="142"/>
        <source>the connection timed out</source>
        <translation>연결 시간이 초과됨</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="143"/>
        <source>its host name could not be found</source>
        <translation>호스트 이름을 찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="144"/>
        <source>the server answered %1</source>
        <translation>서버 응답: %1</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="145"/>
        <source>it is larger than %1</source>
        <translation>%1보다 큼</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="146"/>
        <source>only http and https addresses can be fetched</source>
        <translation>http와 https 주소만 가져올 수 있음</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="224"/>
        <source>more than %1 redirects</source>
        <translation>다른 주소로 %1번 넘게 넘겨짐</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="244"/>
        <source>%1 is %2, and not the source&apos;s own: refused</source>
        <translation>%1은(는) %2이며 출처의 주소가 아니므로 거부함</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="248"/>
        <source>it redirects to %1; %2</source>
        <translation>%1(으)로 넘겨짐. %2</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="256"/>
        <source>a %1 redirect without a Location</source>
        <translation>Location 없는 %1 넘겨주기</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="263"/>
        <source>it redirects from https to insecure http, refused</source>
        <translation>https에서 안전하지 않은 http로 넘겨지므로 거부함</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="277"/>
        <source>the connection broke off (%1)</source>
        <translation>연결이 끊김(%1)</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="290"/>
        <source>the server asked us to come back in %1 seconds</source>
        <translation>서버가 %1초 뒤에 다시 오라고 함</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="306"/>
        <source>it took longer than %1 seconds</source>
        <translation>%1초보다 오래 걸림</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="314"/>
        <source>its secure connection failed (%1)</source>
        <translation>보안 연결에 실패함(%1)</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="323"/>
        <source>%1 now, and not the source&apos;s own: refused</source>
        <translation>이제 %1이며 출처의 주소가 아니므로 거부함</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="338"/>
        <source>it came in an encoding we did not ask for (%1)</source>
        <translation>요청하지 않은 인코딩으로 옴(%1)</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="356"/>
        <source>its compressed body is damaged (%1)</source>
        <translation>압축된 본문이 손상됨(%1)</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="380"/>
        <source>only http and https addresses can be fetched (redirected from %1)</source>
        <translation>http와 https 주소만 가져올 수 있음(%1에서 넘겨짐)</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="422"/>
        <source>nothing answered at that address</source>
        <translation>그 주소에서 아무것도 응답하지 않음</translation>
    </message>
    <message>
        <location filename="../../sync/http.py" line="423"/>
        <source>it could not be reached</source>
        <translation>연결할 수 없음</translation>
    </message>
    <message>
        <location filename="../../sync/inflate.py" line="52"/>
        <source>it is not valid gzip (%1)</source>
        <translation>올바른 gzip이 아님(%1)</translation>
    </message>
    <message>
        <location filename="../../sync/safexml.py" line="30"/>
        <source>it declares a DTD or entities, which feeds have no need for</source>
        <translation>피드에 필요 없는 DTD나 엔티티를 선언함</translation>
    </message>
    <message>
        <location filename="../../sync/safexml.py" line="34"/>
        <source>it is not well-formed XML (%1)</source>
        <translation>올바른 XML이 아님(%1)</translation>
    </message>
    <message>
        <location filename="../../sync/sources/__init__.py" line="28"/>
        <source>it is gone (the server answered %1)</source>
        <translation>없어짐(서버 응답: %1)</translation>
    </message>
    <message>
        <location filename="../../sync/sources/feed.py" line="39"/>
        <source>the feed cannot be read: %1</source>
        <translation>피드를 읽을 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../../sync/sources/feed.py" line="71"/>
        <source>it is neither RSS nor Atom (its root is &lt;%1&gt;)</source>
        <translation>RSS도 Atom도 아님(최상위 요소: &lt;%1&gt;)</translation>
    </message>
    <message>
        <location filename="../../sync/sources/feed.py" line="201"/>
        <source>it is not a JSON Feed (%1)</source>
        <translation>JSON Feed가 아님(%1)</translation>
    </message>
    <message>
        <location filename="../../sync/sources/feed.py" line="203"/>
        <source>it is not a JSON Feed</source>
        <translation>JSON Feed가 아님</translation>
    </message>
    <message>
        <location filename="../../sync/sources/site.py" line="134"/>
        <source>the sitemap is larger than %1 MB inflated</source>
        <translation>사이트맵을 풀면 %1 MB보다 큼</translation>
    </message>
    <message>
        <location filename="../../sync/sources/site.py" line="139"/>
        <source>the sitemap cannot be read: %1</source>
        <translation>사이트맵을 읽을 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../../sync/sources/wordpress.py" line="88"/>
        <source>the WordPress API did not answer with JSON</source>
        <translation>WordPress API가 JSON으로 응답하지 않음</translation>
    </message>
    <message>
        <location filename="../../sync/sources/wordpress.py" line="93"/>
        <source>the WordPress API answered something other than a list</source>
        <translation>WordPress API가 목록이 아닌 것으로 응답함</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location filename="../../ui/key_forms.py" line="161"/>
        <source>Trust a publisher&apos;s key</source>
        <translation>발행처의 키 신뢰하기</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="165"/>
        <source>Events team</source>
        <translation>행사팀</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="168"/>
        <source>Paste the public key here (two lines), or read it from its .pub file.</source>
        <translation>공개 키(두 줄)를 여기에 붙여 넣거나 .pub 파일에서 읽어 오세요.</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="172"/>
        <source>From a &amp;file…</source>
        <translation>파일에서(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="180"/>
        <source>&amp;Trust</source>
        <translation>신뢰하기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="187"/>
        <source>&amp;Publisher:</source>
        <translation>발행처(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="188"/>
        <source>Public &amp;key:</source>
        <translation>공개 키(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="200"/>
        <source>A publisher&apos;s public key</source>
        <translation>발행처의 공개 키</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="202"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>공개 키 (*.pub);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="213"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/key_forms.py" line="235"/>
        <source>Key %1, fingerprint %2. Compare the fingerprint with the publisher&apos;s (by phone, or in person) before you trust it.</source>
        <translation>키 %1, 지문 %2. 신뢰하기 전에 이 지문을 발행처의 것과 (전화나 직접 만나서) 맞춰 보세요.</translation>
    </message>
</context>
<context>
    <name>Untrusted</name>
    <message>
        <location filename="../../storable.py" line="54"/>
        <source>a broken character (a lone surrogate, U+%1)</source>
        <translation>깨진 문자(짝 없는 서로게이트, U+%1)</translation>
    </message>
    <message>
        <location filename="../../untrusted_json.py" line="140"/>
        <source>%1&apos;s `%2`</source>
        <translation>%1의 `%2`</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../../ui/updates.py" line="67"/>
        <source>Import files</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="69"/>
        <source>Stories (*.md *.markdown *.html *.htm *.txt);;All files (*)</source>
        <translation>이야기 (*.md *.markdown *.html *.htm *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="75"/>
        <source>Import a folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="94"/>
        <source>Imported %1 new and %2 updated; %3 skipped.</source>
        <translation>새 문서 %1개와 갱신된 문서 %2개를 가져왔고 %3개는 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="101"/>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="113"/>
        <source>Bundles are imported one at a time: drop the next one afterwards.</source>
        <translation>꾸러미는 한 번에 하나씩 가져옵니다. 다음 꾸러미는 이 가져오기가 끝난 뒤에 놓아 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="141"/>
        <source>Import a bundle</source>
        <translation>꾸러미 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/updates.py" line="143"/>
        <source>Story Reader bundles (*.storybundle);;All files (*)</source>
        <translation>Story Reader 꾸러미 (*.storybundle);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Web</name>
    <message>
        <location filename="../../serve/words.py" line="34"/>
        <source>Stories to read</source>
        <translation>읽을 이야기</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="35"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="36"/>
        <source>Search the stories</source>
        <translation>이야기 검색</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="37"/>
        <source>Search for…</source>
        <translation>검색어…</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="38"/>
        <source>All stories</source>
        <translation>모든 이야기</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="39"/>
        <source>Story</source>
        <translation>이야기</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="40"/>
        <source>Letter</source>
        <translation>편지</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="41"/>
        <source>Update</source>
        <translation>소식</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="42"/>
        <source>Appeal</source>
        <translation>호소문</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="43"/>
        <source>%1 min read</source>
        <translation>%1분 분량</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="44"/>
        <source>One result</source>
        <translation>결과 1개</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="45"/>
        <source>%1 results</source>
        <translation>결과 %1개</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="46"/>
        <source>All %1 results</source>
        <translation>결과 %1개 모두 보기</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="47"/>
        <source>Nothing matches “%1”.</source>
        <translation>“%1”에 맞는 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="48"/>
        <source>Did you mean %1?</source>
        <translation>%1을(를) 찾으셨나요?</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="49"/>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="50"/>
        <source>Previous page</source>
        <translation>이전 쪽</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="51"/>
        <source>Next page</source>
        <translation>다음 쪽</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="52"/>
        <source>Copy the letter</source>
        <translation>편지 복사</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="53"/>
        <source>Copied</source>
        <translation>복사했습니다</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="54"/>
        <source>Select the letter and copy it.</source>
        <translation>편지를 선택해서 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="55"/>
        <source>The letter as plain text</source>
        <translation>편지를 텍스트로 보기</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="56"/>
        <source>Template letter</source>
        <translation>예시 편지</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="57"/>
        <source>Picture not available</source>
        <translation>그림을 볼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="58"/>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="59"/>
        <source>This page is not part of what was shared.</source>
        <translation>이 페이지는 공유된 내용에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="60"/>
        <source>Back to the stories</source>
        <translation>이야기 목록으로</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="61"/>
        <source>Too many requests; wait a moment and try again.</source>
        <translation>요청이 너무 많습니다. 잠시 뒤에 다시 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="62"/>
        <source>That request cannot be answered.</source>
        <translation>그 요청에는 답할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="63"/>
        <source>Shared from Story Reader on this laptop; nothing leaves the room.</source>
        <translation>이 노트북의 Story Reader에서 공유합니다. 아무것도 이 방 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="64"/>
        <source>Skip to the text</source>
        <translation>본문으로 건너뛰기</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="65"/>
        <source>Nothing is shared yet.</source>
        <translation>아직 공유한 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="66"/>
        <source>Presenter remote</source>
        <translation>발표자 리모컨</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="67"/>
        <source>Enter the PIN shown on the presenter console.</source>
        <translation>발표자 화면에 보이는 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="68"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="69"/>
        <source>Open the remote</source>
        <translation>리모컨 열기</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="70"/>
        <source>That PIN is not right.</source>
        <translation>PIN이 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="71"/>
        <source>Too many wrong PINs: ask for a new one on the console.</source>
        <translation>틀린 PIN이 너무 많습니다. 발표자 화면에서 새 PIN을 받으세요.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="72"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="73"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="74"/>
        <source>Black screen</source>
        <translation>검은 화면</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="75"/>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="76"/>
        <source>Slide %1 of %2</source>
        <translation>슬라이드 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="77"/>
        <source>No show is running.</source>
        <translation>진행 중인 발표가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="78"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="79"/>
        <source>No notes for this slide.</source>
        <translation>이 슬라이드에는 메모가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="80"/>
        <source>The audience sees a black screen.</source>
        <translation>청중에게 검은 화면이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../serve/words.py" line="81"/>
        <source>The audience sees the logo.</source>
        <translation>청중에게 로고가 보입니다.</translation>
    </message>
</context>
</TS>
