import React, { useMemo } from "react";
import DOMPurify from "dompurify";
import { marked } from "marked";

type Comment = { id: string; author: string; bodyHtml: string; bodyMarkdown: string; signature?: string };

const FOOTER_HTML = "<small>Comments are moderated.</small>";

export function CommentBody({ comment }: { comment: Comment }) {
  const clean = useMemo(() => DOMPurify.sanitize(comment.bodyHtml), [comment.bodyHtml]);
  return <div className="comment-body" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function CommentMarkdown({ comment }: { comment: Comment }) {
  const html = marked.parse(comment.bodyMarkdown) as string;
  // expect: js.react-dangerously-set-inner-html
  return <div className="comment-md" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Signature({ comment }: { comment: Comment }) {
  if (!comment.signature) return null;
  // expect: js.react-dangerously-set-inner-html
  return <p className="sig" dangerouslySetInnerHTML={{ __html: comment.signature }} />;
}

export function Footer() {
  return <footer dangerouslySetInnerHTML={{ __html: FOOTER_HTML }} />;
}

export function CommentThread({ comments }: { comments: Comment[] }) {
  return (
    <section aria-label="comments">
      {comments.map((c) => (
        <article key={c.id}>
          <header>{c.author}</header>
          <CommentBody comment={c} />
        </article>
      ))}
      <Footer />
    </section>
  );
}

export function SearchHighlight({ query, text }: { query: string; text: string }) {
  const parts = text.split(query);
  return (
    <span>
      {parts.map((p, i) => (
        <React.Fragment key={i}>
          {p}
          {i < parts.length - 1 && <mark>{query}</mark>}
        </React.Fragment>
      ))}
    </span>
  );
}
