package vn.motcua.queue.display.voice;

/** Where an announcement is heard: the box's own speaker or the browser showing the hall page. */
public interface AudioOutput {

    /** Plays {@code audio}; returns when it has finished (so the next one cannot overlap). */
    void play(Announcement announcement, ComposedAudio audio) throws Exception;
}
