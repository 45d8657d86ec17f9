<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="147" />
        <source>About Story Reader</source>
        <translation>Story Reader 정보</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="148" />
        <source>(not written)</source>
        <translation>(기록하지 않음)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="149" />
        <source>Read, search and present stories and letters, offline.</source>
        <translation>이야기와 편지를 인터넷 연결 없이 읽고, 찾고, 발표합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="150" />
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>라이선스: GNU 일반 공중 사용 허가서 버전 3 이상.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="151" />
        <source>Archive:</source>
        <translation>보관함:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="151" />
        <source>Log file:</source>
        <translation>로그 파일:</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../ui/annotations.py" line="62" />
        <source>Add a bookmark</source>
        <translation>책갈피 추가</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="68" />
        <source>Bookmarked.</source>
        <translation>책갈피를 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="73" />
        <source>Select the words the note is about first.</source>
        <translation>먼저 메모할 부분을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="78" />
        <location filename="../../ui/annotations.py" line="93" />
        <source>Add a note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="79" />
        <location filename="../../ui/annotations.py" line="101" />
        <source>Note on “%1”:</source>
        <translation>“%1”에 대한 메모:</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="103" />
        <source>Edit the note</source>
        <translation>메모 고치기</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="107" />
        <source>Edit a note</source>
        <translation>메모 고치기</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="116" />
        <source>Delete a note</source>
        <translation>메모 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="123" />
        <source>Delete a bookmark</source>
        <translation>책갈피 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/annotations.py" line="130" />
        <source>Deleted. Undo with %1.</source>
        <translation>삭제했습니다. %1 키로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../ui/models.py" line="166" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="166" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="166" />
        <source>Author</source>
        <translation>글쓴이</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="166" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="167" />
        <source>Reading time</source>
        <translation>읽는 시간</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="181" />
        <source>unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="181" />
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models.py" line="234" />
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/reader_pane.py" line="31" />
        <location filename="../../ui/reader_pane.py" line="32" />
        <source>Find in this document</source>
        <translation>이 문서에서 찾기</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="40" />
        <source>Previous match</source>
        <translation>이전 결과</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="41" />
        <source>Next match</source>
        <translation>다음 결과</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="42" />
        <source>Close the find bar</source>
        <translation>찾기 막대 닫기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reader_pane.py" line="79" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n곳 일치</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="79" />
        <source>No matches</source>
        <translation>일치하는 곳 없음</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../ui/models.py" line="40" />
        <source>Story</source>
        <translation>이야기</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="41" />
        <source>Letter</source>
        <translation>편지</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="42" />
        <source>Update</source>
        <translation>소식</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="43" />
        <source>Call to action</source>
        <translation>행동 요청</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../ui/dialogs.py" line="35" />
        <source>Open in your browser?</source>
        <translation>브라우저에서 열까요?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="37" />
        <source>This link leaves Story Reader and needs a connection:</source>
        <translation>이 링크는 Story Reader 밖으로 나가며 인터넷 연결이 필요합니다:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Story Reader — %1</source>
        <translation>Story Reader — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Search stories, letters and appeals (Ctrl+K)</source>
        <translation>이야기, 편지, 호소문 검색 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <location filename="../../ui/main_window.py" line="219" />
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>Library shelves and filters</source>
        <translation>서재 책장과 필터</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>Bookmarks and notes</source>
        <translation>책갈피와 메모</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214" />
        <source>Archive status</source>
        <translation>보관함 상태</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253" />
        <source>&amp;Import files…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254" />
        <source>Import a &amp;folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255" />
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256" />
        <source>Export as P&amp;DF…</source>
        <translation>PDF로 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260" />
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261" />
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>Find &amp;next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source>Find pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269" />
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>&amp;Actual size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277" />
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>&amp;Sepia</source>
        <translation>세피아(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>Follow the s&amp;ystem</source>
        <translation>시스템 설정 따르기(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>&amp;Bookmarks and notes</source>
        <translation>책갈피와 메모(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>Go to the &amp;shelves</source>
        <translation>책장으로 이동(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>Go to the &amp;list</source>
        <translation>목록으로 이동(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Go to the &amp;page</source>
        <translation>본문으로 이동(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>&amp;Next document</source>
        <translation>다음 문서(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>&amp;Previous document</source>
        <translation>이전 문서(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>&amp;Favourite</source>
        <translation>즐겨찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>Mark as &amp;read</source>
        <translation>읽음으로 표시(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>&amp;Bookmark this place</source>
        <translation>이 위치에 책갈피(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>Add a &amp;note to the selection…</source>
        <translation>선택한 부분에 메모 추가(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326" />
        <source>Open the &amp;original online…</source>
        <translation>원문을 온라인으로 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334" />
        <source>&amp;About Story Reader</source>
        <translation>Story Reader 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source>&amp;Check and repair the archive…</source>
        <translation>보관함 검사와 복구(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>&amp;Rebuild the search index</source>
        <translation>검색 색인 다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <location filename="../../ui/main_window.py" line="417" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394" />
        <source>&amp;Document</source>
        <translation>문서(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407" />
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418" />
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="601" />
        <source>Related stories</source>
        <translation>관련 이야기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="629" />
        <source>Story Reader does not open this kind of link: %1</source>
        <translation>Story Reader는 이런 종류의 링크를 열지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="660" />
        <source>Mark as read</source>
        <translation>읽음으로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="660" />
        <source>Mark as unread</source>
        <translation>읽지 않음으로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="676" />
        <source>Add to favourites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="676" />
        <source>Remove from favourites</source>
        <translation>즐겨찾기에서 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="711" />
        <source>Opening the search index…</source>
        <translation>검색 색인을 여는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="753" />
        <source>Updating the search index</source>
        <translation>검색 색인을 갱신하는 중</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="774" />
        <source>Stopped. What was finished is kept.</source>
        <translation>멈췄습니다. 끝난 작업은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="785" />
        <source>Import files</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787" />
        <source>Stories (*.md *.markdown *.html *.htm *.txt);;All files (*)</source>
        <translation>이야기 (*.md *.markdown *.html *.htm *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="793" />
        <source>Import a folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="812" />
        <source>Imported %1 new and %2 updated; %3 skipped.</source>
        <translation>새 문서 %1개와 갱신된 문서 %2개를 가져왔고 %3개는 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="818" />
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="854" />
        <source>Export as PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="854" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="868" />
        <source>Saved %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="886" />
        <source>Rebuilding the search index</source>
        <translation>검색 색인을 다시 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="888" />
        <source>The search index is rebuilt.</source>
        <translation>검색 색인을 다시 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="898" />
        <location filename="../../ui/main_window.py" line="930" />
        <source>Checking the archive</source>
        <translation>보관함을 검사하는 중</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="908" />
        <location filename="../../ui/main_window.py" line="913" />
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="908" />
        <source>The archive and its search index are sound.</source>
        <translation>보관함과 검색 색인에 문제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="914" />
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>문제 %n개를 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="916" />
        <source>Repair</source>
        <translation>복구</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="921" />
        <source>Repairing</source>
        <translation>복구하는 중</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="925" />
        <source>Repaired.</source>
        <translation>복구했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="948" />
        <source>Something went wrong (%1). The details are in the log file.</source>
        <translation>문제가 생겼습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="958" />
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="959" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>문서 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="961" />
        <source>%n unread</source>
        <translation>
            <numerusform>읽지 않음 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../ui/notes_panel.py" line="57" />
        <source>Bookmark at %1%</source>
        <translation>%1% 위치의 책갈피</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="62" />
        <source>(the document has changed since this note was written)</source>
        <translation>(이 메모를 쓴 뒤 문서가 바뀌었습니다)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/notes_panel.py" line="76" />
        <source>Bookmarks and notes</source>
        <translation>책갈피와 메모</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="84" />
        <source>Select text and choose “Add a note” (Ctrl+Shift+N), or bookmark your place (Ctrl+D).</source>
        <translation>글을 선택한 뒤 “메모 추가”(Ctrl+Shift+N)를 고르거나, 읽던 곳에 책갈피를 하세요(Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="89" />
        <source>Edit…</source>
        <translation>고치기…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="90" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <location filename="../../ui/progress_area.py" line="19" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/progress_area.py" line="20" />
        <source>Cancel the work in progress</source>
        <translation>진행 중인 작업 취소</translation>
    </message>
    <message>
        <location filename="../../ui/progress_area.py" line="57" />
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../ui/reader_pane.py" line="110" />
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="111" />
        <source>Document actions</source>
        <translation>문서 작업</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="117" />
        <source>Choose a story, letter or appeal from the list to read it here.

Everything is on this computer: no connection is needed.</source>
        <translation>목록에서 이야기, 편지, 호소문을 고르면 여기에서 읽을 수 있습니다.

모든 내용이 이 컴퓨터에 있으니 인터넷 연결이 필요 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reader_pane.py" line="123" />
        <source>No document open</source>
        <translation>열린 문서 없음</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="66" />
        <source>Document text</source>
        <translation>문서 본문</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reader.py" line="94" />
        <source>%n min read</source>
        <translation>
            <numerusform>%n분 분량</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="233" />
        <source>Image not stored yet</source>
        <translation>아직 저장되지 않은 그림</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="270" />
        <source>Add a note to the selection…</source>
        <translation>선택한 부분에 메모 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="273" />
        <source>Bookmark this place</source>
        <translation>이 위치에 책갈피</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../app.py" line="143" />
        <source>The archive is damaged</source>
        <translation>보관함이 손상되었습니다</translation>
    </message>
    <message>
        <location filename="../../app.py" line="144" />
        <source>Story Reader cannot read its archive.</source>
        <translation>Story Reader가 보관함을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="146" />
        <source>You can try to repair it, or go back to the last backup. The damaged file is kept either way.</source>
        <translation>고쳐 보거나 마지막 백업으로 되돌릴 수 있습니다. 어느 쪽이든 손상된 파일은 그대로 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="154" />
        <source>Check and repair</source>
        <translation>검사하고 고치기</translation>
    </message>
    <message>
        <location filename="../../app.py" line="161" />
        <source>Restore the backup of %1</source>
        <translation>%1 백업으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../app.py" line="165" />
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../search/engine.py" line="269" />
        <source>Nothing matches “%1”; showing results for “%2”.</source>
        <translation>“%1”에 맞는 결과가 없어 “%2”의 결과를 보여 드립니다.</translation>
    </message>
    <message>
        <location filename="../../search/engine.py" line="348" />
        <source>The search index is being built; until it is ready, only titles are searched.</source>
        <translation>검색 색인을 만드는 중입니다. 준비될 때까지는 제목만 검색합니다.</translation>
    </message>
    <message>
        <location filename="../../search/engine.py" line="456" />
        <source>%1 is too common to search for; add a less common word.</source>
        <translation>%1은(는) 너무 흔한 낱말이라 검색하지 않습니다. 덜 흔한 낱말을 더하세요.</translation>
    </message>
    <message>
        <location filename="../../search/engine.py" line="460" />
        <source>%1 are too common to search for; add a less common word.</source>
        <translation>%1은(는) 너무 흔한 낱말이라 검색하지 않습니다. 덜 흔한 낱말을 더하세요.</translation>
    </message>
    <message>
        <location filename="../../search/engine.py" line="463" />
        <source>Type a word to search for.</source>
        <translation>찾을 낱말을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../search/query.py" line="103" />
        <source>The search used only the first %1 characters.</source>
        <translation>앞의 %1자만 검색했습니다.</translation>
    </message>
    <message>
        <location filename="../../search/query.py" line="132" />
        <source>The search used only the first %1 words.</source>
        <translation>앞의 낱말 %1개만 검색했습니다.</translation>
    </message>
    <message>
        <location filename="../../search/query.py" line="194" />
        <source>“%1” was left out: write it like %2.</source>
        <translation>“%1”은(는) 빼고 검색했습니다. %2처럼 쓰세요.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="258" />
        <source>Search summary</source>
        <translation>검색 요약</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="262" />
        <source>Did you mean</source>
        <translation>이것을 찾으셨나요</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="264" />
        <source>Narrow the results</source>
        <translation>결과 좁히기</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="270" />
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="325" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>결과 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="332" />
        <source>Nothing matches. Try fewer or other words.</source>
        <translation>맞는 결과가 없습니다. 낱말을 줄이거나 바꿔 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="344" />
        <source>Did you mean %1?</source>
        <translation>%1을(를) 찾으셨나요?</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="353" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="354" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="355" />
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="356" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="384" />
        <source>Only %1</source>
        <translation>%1만</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="398" />
        <source>stories with both words (“rescue” also finds “rescued”)</source>
        <translation>두 낱말이 모두 있는 글 (“rescue”로 “rescued”도 찾습니다)</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="399" />
        <source>the exact phrase</source>
        <translation>정확히 이 구절</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="400" />
        <source>either word</source>
        <translation>둘 중 한 낱말</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="401" />
        <source>leave out stories with a word</source>
        <translation>이 낱말이 있는 글은 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="402" />
        <source>words that start so</source>
        <translation>이렇게 시작하는 낱말</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="403" />
        <source>only letters (or story, update, appeal)</source>
        <translation>편지만 (또는 story, update, appeal)</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="404" />
        <source>by an author, with a tag</source>
        <translation>글쓴이와 태그로</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="405" />
        <source>in Korean, from 2019</source>
        <translation>2019년에 나온 한국어 글</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="406" />
        <source>published between two dates</source>
        <translation>두 날짜 사이에 나온 글</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="413" />
        <source>Search every story, letter and appeal</source>
        <translation>모든 이야기, 편지, 호소문 검색</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="416" />
        <source>Type a word, a name or a place. Misspellings are forgiven; Korean and English both work.</source>
        <translation>낱말이나 이름, 장소를 입력하세요. 맞춤법이 조금 틀려도 찾아 주며, 한국어와 영어 모두 됩니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="50" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="54" />
        <location filename="../../ui/dialogs.py" line="72" />
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="55" />
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="56" />
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57" />
        <source>Sepia</source>
        <translation>세피아</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62" />
        <source>Serif</source>
        <translation>명조(세리프)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62" />
        <source>Sans serif</source>
        <translation>고딕(산세리프)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="75" />
        <source>A new language takes effect the next time Story Reader starts.</source>
        <translation>바꾼 언어는 Story Reader를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="78" />
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="79" />
        <source>T&amp;ypeface:</source>
        <translation>글꼴(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="80" />
        <source>&amp;Line spacing:</source>
        <translation>줄 간격(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="81" />
        <source>L&amp;anguage:</source>
        <translation>언어(&amp;A):</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="112" />
        <location filename="../../ui/dialogs.py" line="120" />
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="121" />
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="121" />
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../ui/models.py" line="248" />
        <source>All documents</source>
        <translation>모든 문서</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="249" />
        <source>Unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="250" />
        <source>Favourites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="251" />
        <source>Recently read</source>
        <translation>최근에 읽음</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="260" />
        <source>Kinds</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="261" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="263" />
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="269" />
        <source>Years</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="270" />
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
</TS>