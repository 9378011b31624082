package io.triad.web;

/**
 * The unread count the layout shows beside "Notifications" (0 when nobody is signed in), as the notifications answer
 * it: {@link KeptFrames} keys a kept layout on the navigation links drawn with it.
 */
public interface InboxUnread {
    long of(PageContext ctx);
}
