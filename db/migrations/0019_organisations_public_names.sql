-- Who runs a training, who takes part and who asks for one cross tenants: a municipality reads the
-- academy's name on a session, the academy reads the participants' municipalities. Public bodies
-- and their names are public, so every organisation row is readable; what the API lists is still
-- limited by each permission's reach in the repositories, and writes keep their policies.
CREATE POLICY organisations_public_read ON organisations FOR SELECT USING (true);
