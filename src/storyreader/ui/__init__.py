"""The desktop app's views: thin Qt widgets over `storyreader.archive.library.Library`.

Nothing here runs SQL; everything the views show comes from the core as dataclasses.
"""
