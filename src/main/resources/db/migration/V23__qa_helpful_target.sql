-- Q&A answers now take "helpful?" votes through feedback's shared endpoint (POST /huu-ich/hoi-dap/{id}),
-- whose target types are lower-case letters and hyphens: rename the votes cast under the old type.
UPDATE helpful_vote SET target_type = 'hoi-dap' WHERE target_type = 'qa_answer';
