//! The `google.cloud.location.Locations` mixin: a fixed list of locations per project.

#[allow(unused_imports)]
use super::*;

impl LocationsService for Core {
    fn list_locations(&self, req: ListLocationsRequest) -> Result<ListLocationsResponse, ApiError> {
        let parent = names::parse_parent("name", &req.name)?;
        if parent.location.is_some() {
            return Err(ApiError::invalid(
                "name",
                format!("expected `projects/<project>`, got {:?}", req.name),
            ));
        }
        if !req.filter.trim().is_empty() {
            return Err(ApiError::invalid(
                "filter",
                "the emulator does not filter locations; leave it empty",
            ));
        }
        let size = window::<ListLocationsRequest>("page_size", req.page_size);
        let secret = self.lock().0.secret;
        let fp = tokens::query_fingerprint(&format!("locations:{}", req.name), &req.filter);
        let start = tokens::decode(secret, fp, &req.page_token)?.unwrap_or(0) as usize;
        let all: Vec<Location> = LOCATIONS
            .iter()
            .map(|(id, display)| location(&parent, id, display))
            .collect();
        let end = (start + size).min(all.len());
        let locations = all.get(start.min(all.len())..end).unwrap_or(&[]).to_vec();
        let next_page_token = if end < all.len() {
            tokens::encode(secret, fp, end as u64)
        } else {
            String::new()
        };
        Ok(ListLocationsResponse {
            locations,
            next_page_token,
        })
    }

    fn get_location(&self, req: GetLocationRequest) -> Result<Location, ApiError> {
        let parent = names::parse_location("name", &req.name)?;
        let id = parent.location.as_deref().unwrap_or_default();
        LOCATIONS
            .iter()
            .find(|(l, _)| *l == id)
            .map(|(l, display)| location(&parent, l, display))
            .ok_or_else(|| ApiError::not_found("location", &req.name))
    }
}

fn location(parent: &Parent, id: &str, display: &str) -> Location {
    Location {
        name: format!("projects/{}/locations/{id}", parent.project),
        location_id: id.to_string(),
        display_name: display.to_string(),
        labels: HashMap::new(),
        metadata: None,
    }
}
